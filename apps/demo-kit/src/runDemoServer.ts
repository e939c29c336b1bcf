import { createDemoServer } from './createDemoServer.js';

/**
 * The body of each demo app's `server.js`: reads PORT/HOST and `--dev` from the command line and
 * environment, starts the server, prints its URL and stops cleanly on Ctrl-C / SIGTERM.
 */
export async function runDemoServer(name: string, root: string, defaultPort: number): Promise<void> {
  const mode = process.argv.includes('--dev') ? 'dev' : 'prod';
  const port = process.env.PORT ? Number(process.env.PORT) : defaultPort;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`${name}: PORT must be a port number (0-65535), got ${JSON.stringify(process.env.PORT)}.`);
    process.exit(2);
  }
  try {
    const server = await createDemoServer({ root, mode, port, ...(process.env.HOST ? { host: process.env.HOST } : {}), env: process.env });
    console.log(`${name} (${mode}, ${server.backend.kind}): ${server.url}`);
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    console.error(`${name}: ${(error as Error).message}`);
    process.exit(1);
  }
}
