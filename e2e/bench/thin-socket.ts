import crypto from 'node:crypto';
import net from 'node:net';

/** What a thin socket hears: each event's name and its data, as the server sent them. */
export type EventListener = (name: string, data: unknown) => void;

/** A client frame: text, final, masked (RFC 6455 §5.3: a client masks every frame). Payloads here are < 126 bytes. */
function clientFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const mask = crypto.randomBytes(4);
  const frame = Buffer.alloc(6 + payload.length);
  frame[0] = 0x81;
  frame[1] = 0x80 | payload.length;
  mask.copy(frame, 2);
  for (let i = 0; i < payload.length; i++) frame[6 + i] = payload[i] ^ mask[i % 4];
  return frame;
}

/**
 * A Socket.IO client as thin as the protocol allows: Engine.IO 4 over a
 * WebSocket on a bare TCP socket (the upgrade request, then the server's
 * unmasked, unfragmented text frames read straight off the stream), the
 * namespace "/", events in, pongs out, nothing else. A benchmark holding
 * thousands of sockets in one process serialises every client's work on
 * one core, which the servers on the same two cores then lack: with
 * socket.io-client (~20 µs a message) or even `ws` (~9 µs: its receiver's
 * state machine, UTF-8 check and emitters) that work becomes much of what
 * the figure measures, and in a browser each user's machine does it.
 */
export function connectThin(base: string, cookie: string, onEvent: EventListener): Promise<{ close(): void }> {
  const { hostname, port } = new URL(base);
  const socket = net.connect(Number(port), hostname);
  socket.setNoDelay(true);
  const key = crypto.randomBytes(16).toString('base64');
  socket.write(
    `GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: ${hostname}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nCookie: ${cookie}\r\nOrigin: ${base}\r\n\r\n`,
  );
  return new Promise((resolve, reject) => {
    let upgraded = false;
    let connected = false;
    let pending: Buffer = Buffer.alloc(0);
    const handle = (packet: string) => {
      switch (packet[0]) {
        case '0': // Engine.IO open: join the namespace.
          return void socket.write(clientFrame('40'));
        case '2': // Engine.IO ping.
          return void socket.write(clientFrame('3'));
        case '4': {
          if (packet.startsWith('42')) {
            const [name, data] = JSON.parse(packet.slice(2)) as [string, unknown];
            if (!connected && name === 'hello') {
              connected = true;
              return resolve({ close: () => socket.destroy() });
            }
            return onEvent(name, data);
          }
          if (packet.startsWith('44')) reject(new Error(`refused: ${packet.slice(2)}`));
        }
      }
    };
    socket.on('data', (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      if (!upgraded) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.subarray(0, end).toString();
        if (!head.startsWith('HTTP/1.1 101')) return reject(new Error(`upgrade refused: ${head.split('\r\n')[0]}`));
        upgraded = true;
        pending = pending.subarray(end + 4);
      }
      while (pending.length >= 2) {
        const opcode = pending[0] & 0x0f;
        let length = pending[1] & 0x7f;
        let offset = 2;
        if (length === 126) {
          if (pending.length < 4) return;
          length = pending.readUInt16BE(2);
          offset = 4;
        } else if (length === 127) {
          if (pending.length < 10) return;
          length = Number(pending.readBigUInt64BE(2));
          offset = 10;
        }
        if (pending.length < offset + length) return;
        const payload = pending.subarray(offset, offset + length);
        pending = pending.subarray(offset + length);
        if (opcode === 0x1) handle(payload.toString());
        else if (opcode === 0x8) socket.destroy();
      }
    });
    socket.once('error', reject);
    socket.once('close', () => connected || reject(new Error('closed before it was connected')));
  });
}
