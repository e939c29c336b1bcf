/** A redis-server of the test's own (Debian's `redis-server`, installed by `scripts/ensure-tools.sh --redis`). */
export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server (as a crash would); `start()` brings it back on the same port, empty. */
  kill(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `redis-server` on 127.0.0.1 on a free port, without persistence. */
export function startRedis(): Promise<TestRedis>;
