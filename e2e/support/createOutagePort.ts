import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A TCP port in front of a server that can be taken down and brought back on the same port. */
export interface OutagePort {
  url: string;
  /** Stops listening and cuts every open connection: to its clients the server is gone. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Forwards a local port to `target` byte for byte. Stopping it is what the shopper's server sees
 * when the store goes away (connection refused, connections reset), while the sandbox behind it
 * keeps its keys, tokens and state, so bringing it back is the same store returning.
 */
export async function createOutagePort(target: { host: string; port: number }): Promise<OutagePort> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
      for (const socket of sockets) socket.destroy();
    });
  await listen();
  return { url: `http://127.0.0.1:${port}`, stop, start: listen, close: stop };
}
