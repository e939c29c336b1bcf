import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One callback the receiver got. */
export interface ReceivedCallback {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, any>;
}

/** A real `node:http` server on 127.0.0.1:0 that records webhook callbacks. */
export interface WebhookReceiver {
  url: string;
  received: ReceivedCallback[];
  /** The statuses to answer, in order; once used up, 200. A status of 0 never answers (a hang). */
  answers: number[];
  /** Resolves once `count` callbacks arrived (fails after `ms` real milliseconds with what did). */
  waitFor(count: number, ms?: number): Promise<ReceivedCallback[]>;
  close(): Promise<void>;
}

/** Starts a receiver; every callback is recorded, even those answered with an error. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedCallback[] = [];
  const waiters: Array<() => boolean> = [];
  const receiver: WebhookReceiver = {
    url: '',
    received,
    answers: [],
    waitFor(count, ms = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length < count) return false;
          clearTimeout(timer);
          resolve(received.slice());
          return true;
        };
        const timer = setTimeout(() => reject(new Error(`expected ${count} callbacks, got ${received.length}: ${JSON.stringify(received.map((r) => r.body.scope))}`)), ms);
        if (!check()) waiters.push(check);
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, any> });
      const status = receiver.answers.shift() ?? 200;
      for (const waiter of waiters.splice(0)) if (!waiter()) waiters.push(waiter);
      if (status === 0) return;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return receiver;
}
