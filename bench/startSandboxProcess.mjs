// Starts the sandbox in a child process, as BigCommerce would be remote: the benchmark's process
// then holds only the clients, and their CPU time is not mixed with the sandbox's.
import { spawn } from 'node:child_process';

const sandboxModule = import.meta.resolve('@bc-headless/sandbox');

/**
 * Starts `createSandbox(options)` in its own Node process; resolves with its connection details
 * and `close()`. `options` must be JSON (e.g. `{ trustedProxySecret }`).
 */
export async function startSandboxProcess(options = {}) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { createSandbox } from ${JSON.stringify(sandboxModule)};
       const s = await createSandbox({ ...${JSON.stringify(options)}, logger: { error() {}, warn() {} } });
       console.log(JSON.stringify({ url: s.url, storeHash: s.storeHash, storefrontToken: s.storefrontToken, privateToken: s.privateToken }));
       process.on('SIGTERM', () => s.close().then(() => process.exit(0)));`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const details = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]));
    });
    child.once('exit', (code) => reject(new Error(`sandbox process exited with ${code} before it was ready`)));
  });
  child.removeAllListeners('exit');
  // If the benchmark crashes, the sandbox must not outlive it (it would hold the output pipe open).
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  return {
    ...details,
    pid: child.pid,
    close: () =>
      new Promise((resolve) => {
        process.off('exit', killChild);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
