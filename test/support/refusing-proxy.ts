import { createServer, type Server } from 'node:http';

export interface RefusingProxy {
  readonly port: number;
  /** Where the browser tried to go (`host:port` of a CONNECT, or the URL of a plain request). */
  readonly attempts: readonly string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy on the loopback that forwards nothing: a browser pointed at it cannot reach the
 * network, and every attempt it makes is recorded, so a test can say the run stayed offline.
 */
export async function startRefusingProxy(): Promise<RefusingProxy> {
  const attempts: string[] = [];
  const server: Server = createServer((req, res) => {
    attempts.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    attempts.push(req.url ?? '');
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return {
    port: address.port,
    attempts,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
