import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sandboxModule = new URL('../../packages/sandbox/dist/index.js', import.meta.url).href;

/** A sandbox running in a child process. */
export interface SandboxProcess {
  url: string;
  port: number;
  storeHash: string;
  /** The sandbox's private token, for a server's client. */
  privateToken: string;
  pid: number;
  /** Stops the process (SIGKILL: an abrupt death, as a crash or a restart looks from outside). */
  kill(): Promise<void>;
}

/**
 * Starts `createSandbox(options)` in its own Node process, so that its CPU and heap are not the
 * test's (the load test measures the demo server's memory) and it can be killed like a real
 * backend. `options` must be JSON; the seed travels in an environment variable.
 */
export async function startSandboxProcess(options: Record<string, unknown> = {}): Promise<SandboxProcess> {
  const { seed, ...rest } = options;
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createSandbox } from ${JSON.stringify(sandboxModule)};
       const seed = process.env.BC_RELIABILITY_SEED ? JSON.parse(process.env.BC_RELIABILITY_SEED) : undefined;
       const s = await createSandbox({ ...${JSON.stringify(rest)}, ...(seed ? { seed } : {}), logger: { error: (...a) => console.error(...a), warn() {} } });
       console.log(JSON.stringify({ url: s.url, storeHash: s.storeHash, privateToken: s.privateToken }));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BC_RELIABILITY_SEED: seed ? JSON.stringify(seed) : '' } },
  );
  const details = await new Promise<{ url: string; storeHash: string; privateToken: string }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
    });
    child.once('exit', (code) => reject(new Error(`sandbox process exited with ${code} before it was ready (${fileURLToPath(sandboxModule)} built?)`)));
  });
  child.removeAllListeners('exit');
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    ...details,
    port: Number(new URL(details.url).port),
    pid: child.pid!,
    kill: () =>
      new Promise<void>((resolve) => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
