import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io-client';
import { SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';
import { EventStream } from './event-stream';

class FakeSocket extends EventEmitter {
  connect = jest.fn(() => this.emit('connect'));
  disconnect = jest.fn();
}

const event = (id: number): DomainEvent => ({
  id,
  type: 'plan.submitted',
  orgPath: '/1/2/',
  subject: `plan:${id}`,
  payload: {},
  actorId: 1,
  createdAt: '2026-11-28T00:00:00.000Z',
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('EventStream', () => {
  const setup = (missed: DomainEvent[] = []) => {
    const socket = new FakeSocket();
    const get = jest.fn(async () => missed);
    const stream = new EventStream({ get } as unknown as HttpClient, () => socket as unknown as Socket);
    const heard: number[] = [];
    stream.subscribe((e) => heard.push(e.id));
    stream.start();
    return { socket, get, stream, heard };
  };

  it('delivers live events and keeps the recent ones', () => {
    const { socket, stream, heard } = setup();
    expect(stream.status).toBe('online');
    socket.emit('hello', { lastEventId: 10 });
    socket.emit(SOCKET_EVENT, event(11));
    socket.emit(SOCKET_EVENT, event(12));
    expect(heard).toEqual([11, 12]);
    expect(stream.recent.map((e) => e.id)).toEqual([12, 11]);
  });

  it('after a reconnect asks for what it missed since the last event it saw', async () => {
    const { socket, get, heard } = setup([event(12), event(13), event(14)]);
    socket.emit('hello', { lastEventId: 10 });
    socket.emit(SOCKET_EVENT, event(11));
    socket.emit('disconnect');
    socket.emit('connect');
    socket.emit('hello', { lastEventId: 14 });
    await flush();
    expect(get).toHaveBeenCalledWith('/api/events', { after: 11, limit: 200 });
    expect(heard).toEqual([11, 12, 13, 14]);
  });

  it('delivers an event once even when it arrives live and in the catch-up', async () => {
    const { socket, heard } = setup([event(12), event(13)]);
    socket.emit('hello', { lastEventId: 11 });
    socket.emit('connect');
    socket.emit(SOCKET_EVENT, event(13));
    socket.emit('hello', { lastEventId: 13 });
    await flush();
    expect(heard).toEqual([13, 12]);
  });
});
