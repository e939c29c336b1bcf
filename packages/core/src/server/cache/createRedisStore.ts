import type { ServerStore } from './ServerStore.js';

/** Options of `createRedisStore`. */
export interface RedisStoreOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…` (Redis 7+ or Valkey). */
  url: string;
  /** Prefix of every key this store writes (default `bc-headless:`), so one Redis can serve several stores. */
  keyPrefix?: string;
  /** Connection attempt limit in milliseconds (default 1000). */
  connectTimeoutMs?: number;
}

// Deletes every key listed in the tag sets, then the sets. One round trip, atomic per call.
const PURGE = `local n = 0
for _, tag in ipairs(KEYS) do
  local keys = redis.call('SMEMBERS', tag)
  for i = 1, #keys, 500 do
    n = n + redis.call('DEL', unpack(keys, i, math.min(i + 499, #keys)))
  end
  redis.call('DEL', tag)
end
return n`;

type RedisClient = Awaited<ReturnType<typeof connect>>;

async function connect(options: RedisStoreOptions) {
  // Loaded on first use: apps that never configure Redis never load (or install) the client.
  const { createClient } = await import('@redis/client');
  const client = createClient({
    url: options.url,
    // Fail at once while disconnected rather than queue: the caller falls back or bypasses.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 1000,
      // Keep trying in the background, at most every two seconds, so the store recovers by itself.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2000),
    },
  });
  // node-redis emits errors for every failed reconnection; the callers' results carry them.
  client.on('error', () => {});
  // It keeps reconnecting in the background (also when the first attempt fails), so the first
  // use waits at most connectTimeoutMs and then goes on: commands reject at once while offline.
  const connecting = client.connect().catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([connecting, new Promise((resolve) => (timer = setTimeout(resolve, options.connectTimeoutMs ?? 1000)))]);
  clearTimeout(timer);
  return client;
}

/**
 * A store in Redis (or Valkey), shared by every instance of the storefront: cache entries, their
 * tags (a Redis set per tag) and the lockout counters. Uses `@redis/client` (node-redis, the
 * client Redis maintains; install it beside the core). Connects on first use and reconnects by
 * itself; while Redis is unreachable every call rejects at once, which `guardStore` turns into a
 * fallback. A single Redis or a primary with replicas; Redis Cluster is not supported (a purge
 * touches keys of many slots).
 */
export function createRedisStore(options: RedisStoreOptions): ServerStore {
  let parsed: URL;
  try {
    parsed = new URL(options.url);
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new TypeError(`createRedisStore: url must be a redis:// or rediss:// URL (e.g. redis://127.0.0.1:6379), got ${JSON.stringify(String(options.url).replace(/\/\/[^@/]*@/, '//…@'))}.`);
  }
  const prefix = options.keyPrefix ?? 'bc-headless:';
  const entryKey = (key: string) => `${prefix}v:${key}`;
  const tagKey = (tag: string) => `${prefix}t:${tag}`;
  let client: Promise<RedisClient> | undefined;
  const redis = () => {
    client ??= connect(options);
    return client;
  };

  return {
    async connect() {
      await redis();
    },
    async get(key) {
      return (await (await redis()).get(entryKey(key))) ?? undefined;
    },
    async set(key, value, { ttlMs, tags = [] }) {
      const r = await redis();
      const ttl = Math.ceil(ttlMs);
      const multi = r.multi().set(entryKey(key), value, { expiration: { type: 'PX', value: ttl } });
      for (const tag of tags) {
        // A tag set lives as long as its longest-lived entry: NX gives a new set its expiry, GT extends it.
        multi.sAdd(tagKey(tag), entryKey(key)).pExpire(tagKey(tag), ttl, 'NX').pExpire(tagKey(tag), ttl, 'GT');
      }
      await multi.exec();
    },
    async delete(key) {
      await (await redis()).del(entryKey(key));
    },
    async claim(key, ttlMs) {
      const answer = await (await redis()).set(entryKey(key), '1', { expiration: { type: 'PX', value: Math.ceil(ttlMs) }, condition: 'NX' });
      return answer === 'OK';
    },
    async increment(key, ttlMs) {
      const [count] = await (await redis()).multi().incr(entryKey(key)).pExpire(entryKey(key), Math.ceil(ttlMs), 'NX').exec();
      return Number(count);
    },
    async purgeTags(tags) {
      if (tags.length === 0) return 0;
      return Number(await (await redis()).eval(PURGE, { keys: tags.map(tagKey) }));
    },
    async close() {
      const pending = client;
      client = undefined;
      const r = await pending;
      if (r?.isOpen) await r.close();
      else r?.destroy();
    },
  };
}
