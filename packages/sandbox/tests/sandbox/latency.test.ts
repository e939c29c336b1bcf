import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/createSandbox.js';
import { createLatency } from '../../src/http/SandboxLatency.js';
import { gqlData } from '../graphql/graphqlClient.js';
import { management } from '../support/sandboxFixtures.js';

describe('createLatency', () => {
  it('draws delays within ms ± jitterMs, the same sequence for the same seed, another for another seed', () => {
    const draw = (seed: number) => {
      const next = createLatency({ ms: 100, jitterMs: 50, seed })!;
      return Array.from({ length: 500 }, () => next());
    };
    const a = draw(42);
    expect(draw(42)).toEqual(a);
    expect(draw(43)).not.toEqual(a);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...a)).toBeLessThanOrEqual(150);
    // Spread over the range, not stuck at one value.
    expect(new Set(a).size).toBeGreaterThan(50);
    expect(a.some((d) => d < 75) && a.some((d) => d > 125)).toBe(true);
  });

  it('never draws a negative delay, and means no delay for 0 ± 0 or no setting', () => {
    const next = createLatency({ ms: 5, jitterMs: 50 })!;
    expect(Array.from({ length: 200 }, () => next()).every((d) => d >= 0)).toBe(true);
    expect(createLatency({ ms: 0 })).toBeNull();
    expect(createLatency(undefined)).toBeNull();
  });

  it('refuses values out of range, naming the field', () => {
    expect(() => createLatency({ ms: -1 })).toThrow(/latency\.ms must be a number of milliseconds from 0 to 60000, got -1/);
    expect(() => createLatency({ ms: Number.NaN })).toThrow(/latency\.ms/);
    expect(() => createLatency({ ms: 10, jitterMs: 1e9 })).toThrow(/latency\.jitterMs/);
    expect(() => createLatency({ ms: 10, seed: 1.5 })).toThrow(/latency\.seed must be an integer/);
  });
});

describe('createSandbox({ latency })', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ logger: { error() {} }, latency: { ms: 5, jitterMs: 5, seed: 3 } });
  });
  afterAll(() => sandbox.close());

  it('still answers GraphQL and the Management API correctly', async () => {
    expect((await gqlData(sandbox, '{ site { settings { storeName } } }')).site.settings.storeName).toBeTruthy();
    expect((await management(sandbox, '/v3/hooks')).status).toBe(200);
  });

  it('refuses a bad latency, webhookRetryScale or webhookTimeoutMs before listening', async () => {
    await expect(createSandbox({ latency: { ms: 100_000 } })).rejects.toThrow(/createSandbox: latency\.ms/);
    await expect(createSandbox({ webhookRetryScale: 2 })).rejects.toThrow(/createSandbox: webhookRetryScale must be a number from 0 to 1/);
    await expect(createSandbox({ webhookRetryScale: Number.NaN })).rejects.toThrow(/webhookRetryScale/);
    await expect(createSandbox({ webhookTimeoutMs: 0 })).rejects.toThrow(/createSandbox: webhookTimeoutMs must be an integer from 1 to 120000/);
  });
});
