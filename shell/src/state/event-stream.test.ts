import { EventEmitter } from 'node:events';
import type { Socket } from 'socket.io-client';
import { RESYNC_EVENT, SOCKET_EVENT, type DomainEvent } from '@casmooc/domain';
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
  const setup = async (missed: DomainEvent[] = []) => {
    const socket = new FakeSocket();
    const get = jest.fn(async () => missed);
    const stream = new EventStream({ get } as unknown as HttpClient, async () => socket as unknown as Socket);
    const heard: number[] = [];
    stream.subscribe((e) => heard.push(e.id));
    stream.start();
    await flush();
    return { socket, get, stream, heard };
  };

  it('delivers live events and keeps the recent ones', async () => {
    const { socket, stream, heard } = await setup();
    expect(stream.status).toBe('online');
    socket.emit('hello', { lastEventId: 10 });
    socket.emit(SOCKET_EVENT, event(11));
    socket.emit(SOCKET_EVENT, event(12));
    expect(heard).toEqual([11, 12]);
    expect(stream.recent.map((e) => e.id)).toEqual([12, 11]);
  });

  it('after a reconnect asks for what it missed since the last point it had everything, not since a live event', async () => {
    // 11 came live; 12 was lost in the drop; 13 came live on the new connection before the catch-up ran.
    const { socket, get, heard } = await setup([event(11), event(12), event(13), event(14)]);
    socket.emit('hello', { lastEventId: 10 });
    socket.emit(SOCKET_EVENT, event(11));
    socket.emit('disconnect');
    socket.emit('connect');
    socket.emit(SOCKET_EVENT, event(13));
    socket.emit('hello', { lastEventId: 14 });
    await flush();
    expect(get).toHaveBeenCalledWith('/api/events', { after: 10, limit: 200 });
    expect(heard).toEqual([11, 13, 12, 14]);
  });

  it('catches up when the server says events may have crossed no instance, and then from where that answer ended', async () => {
    const { socket, get, heard } = await setup([event(21), event(22)]);
    socket.emit('hello', { lastEventId: 20 });
    socket.emit(RESYNC_EVENT);
    await flush();
    expect(get).toHaveBeenLastCalledWith('/api/events', { after: 20, limit: 200 });
    get.mockResolvedValueOnce([]);
    socket.emit(RESYNC_EVENT);
    await flush();
    expect(get).toHaveBeenLastCalledWith('/api/events', { after: 22, limit: 200 });
    expect(heard).toEqual([21, 22]);
  });

  it('runs one catch-up at a time: a second request while one runs reads again after it', async () => {
    const { socket, get } = await setup([]);
    socket.emit('hello', { lastEventId: 5 });
    socket.emit(RESYNC_EVENT);
    socket.emit(RESYNC_EVENT);
    socket.emit(RESYNC_EVENT);
    await flush();
    await flush();
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('delivers an event once even when it arrives live and in the catch-up', async () => {
    const { socket, heard } = await setup([event(12), event(13)]);
    socket.emit('hello', { lastEventId: 11 });
    socket.emit('connect');
    socket.emit(SOCKET_EVENT, event(13));
    socket.emit('hello', { lastEventId: 13 });
    await flush();
    expect(heard).toEqual([13, 12]);
  });

  it('opens its socket once the client library arrives (loaded on first use), and not at all when stopped before', async () => {
    const socket = new FakeSocket();
    let arrive!: (s: Socket) => void;
    const stream = new EventStream({ get: jest.fn() } as unknown as HttpClient, () => new Promise<Socket>((resolve) => (arrive = resolve)));
    stream.start();
    stream.start();
    expect(stream.status).toBe('connecting');
    arrive(socket as unknown as Socket);
    await flush();
    expect(socket.connect).toHaveBeenCalledTimes(1);
    expect(stream.status).toBe('online');

    const late = new FakeSocket();
    const stopped = new EventStream({ get: jest.fn() } as unknown as HttpClient, () => new Promise<Socket>((resolve) => (arrive = resolve)));
    stopped.start();
    stopped.stop();
    arrive(late as unknown as Socket);
    await flush();
    expect(late.connect).not.toHaveBeenCalled();
    expect(stopped.status).toBe('offline');
  });

  it('is offline when the client library cannot be loaded, and a later start tries again', async () => {
    const socket = new FakeSocket();
    const open = jest.fn().mockRejectedValueOnce(new Error('ChunkLoadError')).mockResolvedValue(socket);
    const stream = new EventStream({ get: jest.fn() } as unknown as HttpClient, open);
    stream.start();
    await flush();
    expect(stream.status).toBe('offline');
    stream.start();
    await flush();
    expect(stream.status).toBe('online');
  });
});
