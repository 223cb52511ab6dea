import WebSocket from 'ws';

/** What a thin socket hears: each event's name and its data, as the server sent them. */
export type EventListener = (name: string, data: unknown) => void;

/**
 * A Socket.IO client as thin as the protocol allows: Engine.IO 4 over a
 * WebSocket, the namespace "/", events in, pongs out, nothing else. A
 * benchmark holding thousands of sockets in one process serialises every
 * client's work on one core; with socket.io-client that work (its parser,
 * emitters and timers, ~20 µs a message) becomes most of what the figure
 * measures, which in a browser each user's machine does for itself.
 */
export function connectThin(base: string, cookie: string, onEvent: EventListener): Promise<{ close(): void }> {
  const url = `${base.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
  const ws = new WebSocket(url, { headers: { cookie, origin: base }, perMessageDeflate: false });
  return new Promise((resolve, reject) => {
    let connected = false;
    ws.on('message', (raw: Buffer) => {
      const packet = raw.toString();
      switch (packet[0]) {
        case '0': // Engine.IO open: join the namespace.
          return ws.send('40');
        case '2': // Engine.IO ping.
          return ws.send('3');
        case '4': {
          if (packet.startsWith('42')) {
            const [name, data] = JSON.parse(packet.slice(2)) as [string, unknown];
            if (!connected && name === 'hello') {
              connected = true;
              return resolve({ close: () => ws.close() });
            }
            return onEvent(name, data);
          }
          if (packet.startsWith('44')) reject(new Error(`refused: ${packet.slice(2)}`));
        }
      }
    });
    ws.once('error', reject);
    ws.once('close', () => connected || reject(new Error('closed before it was connected')));
  });
}
