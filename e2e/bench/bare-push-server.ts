/**
 * The floor under the live-push figure: a WebSocket server with nothing of
 * ours in it, no Socket.IO, database or Redis. It speaks just enough
 * Engine.IO for thin-socket.ts to connect, and when its parent sends
 * `{ event }` over IPC it writes that event to every socket as one frame
 * encoded once, as Socket.IO does for a broadcast. Run by approvals-live.ts
 * as a child process (PORT in its environment).
 */
import { WebSocket, WebSocketServer } from 'ws';
import { SOCKET_EVENT } from '@casmooc/domain';

/** ws's frame-level API, which Engine.IO uses for a pre-encoded broadcast and ws's types leave out. */
type Frame = Buffer[];
const { Sender } = WebSocket as unknown as { Sender: { frame(data: Buffer, options: object): Frame } };
const sendFrame = (socket: WebSocket, frame: Frame) => (socket as unknown as { _sender: { sendFrame(frame: Frame): void } })._sender.sendFrame(frame);

const server = new WebSocketServer({ port: Number(process.env.PORT), host: '127.0.0.1', perMessageDeflate: false });
const sockets = new Set<WebSocket>();

server.on('connection', (socket) => {
  socket.send(`0${JSON.stringify({ sid: 'bare', upgrades: [], pingInterval: 25_000, pingTimeout: 20_000, maxPayload: 1e6 })}`);
  socket.on('message', (raw) => {
    if (raw.toString() !== '40') return;
    socket.send('40{"sid":"bare"}');
    socket.send(`42${JSON.stringify(['hello', { lastEventId: 0 }])}`);
    sockets.add(socket);
  });
  socket.on('close', () => sockets.delete(socket));
});

process.on('message', ({ event }: { event: unknown }) => {
  const frame = Sender.frame(Buffer.from(`42${JSON.stringify([SOCKET_EVENT, event])}`), { readOnly: false, mask: false, rsv1: false, opcode: 1, fin: true });
  for (const socket of sockets) sendFrame(socket, frame);
});

server.on('listening', () => console.log(`ready on ${process.env.PORT}`));
