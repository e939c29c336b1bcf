// `createSandbox({ dataDir })`: a sandbox started again on the same dir is the same store — its
// identity, a customer's session, carts, orders, payments, refunds and the session-sync lockout —
// and a file it must not use is refused with an error naming it and the fix, never reset.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSeed } from '../../src/catalog/defaultSeed.js';
import type { CreateSandboxOptions, Sandbox } from '../../src/createSandbox.js';
import { SandboxDataError } from '../../src/index.js';
import { card, chargesFor, management, pay, startSandbox } from '../support/sandboxFixtures.js';
import { completeCheckout, createCart, gql, login } from '../support/storefrontFlow.js';

const dirs: string[] = [];
const running: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of running.splice(0)) await sandbox.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-data-'));
  dirs.push(dir);
  return dir;
}

async function start(options: CreateSandboxOptions): Promise<Sandbox> {
  const sandbox = await startSandbox(options);
  running.push(sandbox);
  return sandbox;
}

async function restart(sandbox: Sandbox, options: CreateSandboxOptions = {}): Promise<Sandbox> {
  await sandbox.close();
  running.splice(running.indexOf(sandbox), 1);
  return start({ dataDir: sandbox.dataDir!, ...options });
}

const identity = (s: Sandbox) => ({ storeHash: s.storeHash, storeId: s.storeId, storefrontToken: s.storefrontToken, privateToken: s.privateToken, managementToken: s.managementToken, trustedProxySecret: s.trustedProxySecret, customers: s.customers });
const CART = 'query Cart($id: String!) { customer { entityId } site { cart(entityId: $id) { entityId lineItems { totalQuantity } } } }';

describe('a sandbox restarted on the same data dir', () => {
  it('is the same store: identity, a signed-in customer, their cart, orders, payments and refunds', async () => {
    const first = await start({ dataDir: newDir(), trustedProxySecret: 'proxy-secret-1' });
    const token = await login(first);
    const asJane = { 'x-bc-customer-access-token': token };

    // Order A: paid, then partly refunded. Order B: placed, not yet paid. Then an open cart.
    const paid = await completeCheckout(first, await createCart(first, asJane), asJane);
    expect((await pay(first, paid.paymentAccessToken, card('4111111111111111'))).status).toBe(201);
    const items = [{ item_type: 'ORDER', item_id: paid.orderId, amount: 1 }];
    expect((await management(first, `/v3/orders/${paid.orderId}/payment_actions/refunds`, { method: 'POST', body: { items, payments: [{ provider_id: 'stripe', amount: 1, offline: false }] } })).status).toBe(201);
    const unpaid = await completeCheckout(first, await createCart(first, asJane), asJane);
    const cartId = await createCart(first, asJane);
    const line = first.store.orders.get(paid.orderId)!.lines[0]!;
    const stockBefore = first.store.catalog.variantById(line.variantEntityId)!.variant.stock;

    const second = await restart(first);
    expect(new URL(second.url).port).not.toBe(new URL(first.url).port);
    expect(identity(second)).toEqual(identity(first));

    // The old storefront token, customer access token and management token work over HTTP.
    const cart = await gql(second, CART, { id: cartId }, asJane);
    expect(cart.status).toBe(200);
    expect(cart.body.data).toEqual({ customer: { entityId: 1 }, site: { cart: { entityId: cartId, lineItems: { totalQuantity: 1 } } } });
    const order = await management(second, `/v2/orders/${paid.orderId}`);
    expect(await order.json()).toMatchObject({ id: paid.orderId, status: 'Partially Refunded', refunded_amount: '1.0000' });
    expect(await chargesFor(second, paid.orderId)).toHaveLength(1);
    const refunds = (await (await management(second, `/v3/orders/${paid.orderId}/payment_actions/refunds`)).json()) as { data: unknown[] };
    expect(refunds.data).toHaveLength(1);
    expect(second.store.catalog.variantById(line.variantEntityId)!.variant.stock).toBe(stockBefore);

    // The payment access token signed before the restart still pays its order, once.
    expect((await pay(second, unpaid.paymentAccessToken, card('4111111111111111'))).status).toBe(201);
    expect((await pay(second, unpaid.paymentAccessToken, card('4111111111111111'))).status).toBe(422);
    // Order ids go on from where they were.
    const next = await completeCheckout(second, cartId, asJane);
    expect(next.orderId).toBeGreaterThan(unpaid.orderId);
  });

  it('keeps the trusted-proxy secret unless another is given', async () => {
    const first = await start({ dataDir: newDir(), trustedProxySecret: 'proxy-secret-1' });
    const kept = await restart(first);
    expect(kept.trustedProxySecret).toBe('proxy-secret-1');
    const replaced = await restart(kept, { trustedProxySecret: 'proxy-secret-2' });
    expect(replaced.trustedProxySecret).toBe('proxy-secret-2');
    expect((await restart(replaced)).trustedProxySecret).toBe('proxy-secret-2');
  });

  it('keeps product reviews shoppers added', async () => {
    const first = await start({ dataDir: newDir() });
    const add = 'mutation($input: AddProductReviewInput!) { catalog { addProductReview(input: $input) { errors { __typename } } } }';
    const added = await gql(first, add, { input: { productEntityId: 146, review: { title: 'Soft', text: 'Nice tee.', author: 'Kim', rating: 4, email: 'kim@example.com' } } });
    expect(added.body.data.catalog.addProductReview.errors).toEqual([]);
    const second = await restart(first);
    const summary = await gql(second, '{ site { product(entityId: 146) { reviewSummary { numberOfReviews summationOfRatings } } } }');
    expect(summary.body.data.site.product.reviewSummary).toEqual({ numberOfReviews: 1, summationOfRatings: 4 });
  });

  it('keeps the session-sync lockout', async () => {
    const first = await start({ dataDir: newDir() });
    for (let i = 0; i < 3; i++) expect((await fetch(`${first.url}/session-sync?jwt=not-a-jwt`, { redirect: 'manual' })).status).not.toBe(429);
    expect((await fetch(`${first.url}/session-sync?jwt=not-a-jwt`, { redirect: 'manual' })).status).toBe(429);
    const second = await restart(first);
    const blocked = await fetch(`${second.url}/session-sync?jwt=not-a-jwt`, { redirect: 'manual' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('starts clean after POST /__sandbox/reset (saved at once), and with fresh', async () => {
    const first = await start({ dataDir: newDir() });
    const cartId = await createCart(first);
    expect((await fetch(`${first.url}/__sandbox/reset`, { method: 'POST' })).status).toBe(200);
    const second = await restart(first);
    expect(second.storeHash).toBe(first.storeHash);
    expect((await gql(second, CART, { id: cartId })).body.data.site.cart).toBeNull();

    const kept = await createCart(second);
    const fresh = await restart(second, { fresh: true });
    expect(fresh.storeHash).not.toBe(second.storeHash);
    expect(fresh.storefrontToken).not.toBe(second.storefrontToken);
    expect((await gql(fresh, CART, { id: kept })).body.data.site.cart).toBeNull();
    // The old token is refused by the new store, as BigCommerce refuses another store's token.
    expect((await gql(fresh, CART, { id: kept }, { authorization: `Bearer ${second.privateToken}` })).status).toBe(401);
  });

  it('keeps minted tokens and revocations; a file written before private tokens gets one', async () => {
    const first = await start({ dataDir: newDir() });
    const mint = async (sandbox: Sandbox) => {
      const body = { channel_id: 1, expires_at: Math.floor(sandbox.clock.now() / 1000) + 3600, scopes: ['Unauthenticated'] };
      return ((await (await management(sandbox, '/v3/storefront/api-token-private', { method: 'POST', body })).json()) as { data: { token: string } }).data.token;
    };
    const [kept, revoked] = [await mint(first), await mint(first)];
    expect((await management(first, '/v3/storefront/api-token', { method: 'DELETE', headers: { 'sf-api-token': revoked } })).status).toBe(200);
    const second = await restart(first);
    const site = '{ site { settings { storeName } } }';
    expect((await gql(second, site, {}, { authorization: `Bearer ${kept}` })).status).toBe(200);
    expect((await gql(second, site, {}, { authorization: `Bearer ${revoked}` })).status).toBe(401);

    const file = join(second.dataDir!, 'sandbox.json');
    await second.close();
    running.splice(running.indexOf(second), 1);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    delete data.identity.privateToken;
    delete data.state.revokedTokens;
    writeFileSync(file, JSON.stringify(data));
    const third = await start({ dataDir: second.dataDir! });
    expect(third.privateToken).not.toBe(second.privateToken);
    expect((await gql(third, site, {}, { authorization: `Bearer ${third.privateToken}` })).status).toBe(200);
    expect(JSON.parse(readFileSync(file, 'utf8')).identity.privateToken).toBe(third.privateToken);
  });

  it('writes by rename: no temporary file stays, and one left by a crash does not stop a start', async () => {
    const first = await start({ dataDir: newDir() });
    const dir = first.dataDir!;
    const cartId = await createCart(first);
    expect(readdirSync(dir)).toEqual(['sandbox.json']);
    await first.close();
    running.splice(running.indexOf(first), 1);
    // A write cut short: the temporary file holds half a store, the data file the last whole one.
    const whole = readFileSync(join(dir, 'sandbox.json'), 'utf8');
    writeFileSync(join(dir, 'sandbox.json.4242.tmp'), whole.slice(0, whole.length / 2));
    const second = await start({ dataDir: dir });
    expect((await gql(second, CART, { id: cartId })).body.data.site.cart.entityId).toBe(cartId);
    expect(readdirSync(dir)).toEqual(['sandbox.json']);
  });
});

describe('writes that fail', () => {
  it('a dir that cannot be made fails the start with the dir named', async () => {
    const parent = newDir();
    writeFileSync(join(parent, 'a-file'), 'not a dir');
    await expect(startSandbox({ dataDir: join(parent, 'a-file') })).rejects.toThrow(/cannot create the sandbox data dir .*a-file: EEXIST\. Choose another --data-dir/);
  });

  it('a write that fails while running is logged, the request still answered, and the next write saves it', async () => {
    const errors: string[] = [];
    const sandbox = await start({ dataDir: newDir(), logger: { error: (message: string) => errors.push(message) } });
    rmSync(sandbox.dataDir!, { recursive: true });
    const lost = await createCart(sandbox);
    expect(errors).toEqual([expect.stringMatching(/could not save the store to .*ENOENT.*saved with the next write that succeeds/)]);
    mkdirSync(sandbox.dataDir!);
    const kept = await createCart(sandbox);
    const second = await restart(sandbox);
    for (const id of [lost, kept]) expect((await gql(second, CART, { id })).body.data.site.cart.entityId).toBe(id);
  });
});

describe('a data dir the sandbox must not use is refused, never reset', () => {
  async function savedDir(): Promise<{ dir: string; file: string; storeHash: string; saved: Record<string, any> }> {
    const sandbox = await start({ dataDir: newDir() });
    await sandbox.close();
    running.splice(running.indexOf(sandbox), 1);
    const file = join(sandbox.dataDir!, 'sandbox.json');
    return { dir: sandbox.dataDir!, file, storeHash: sandbox.storeHash, saved: JSON.parse(readFileSync(file, 'utf8')) };
  }

  async function expectRefused(options: CreateSandboxOptions, file: string, message: RegExp): Promise<void> {
    const before = readFileSync(file, 'utf8');
    const error = (await startSandbox(options).then((s) => (running.push(s), null), (e: unknown) => e)) as Error | null;
    expect(error).toBeInstanceOf(SandboxDataError);
    expect(error!.message).toMatch(message);
    expect(error!.message).toContain(file);
    expect(error!.message).toMatch(/--fresh/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  }

  it('a corrupt file', async () => {
    const { dir, file } = await savedDir();
    writeFileSync(file, '{"format":"bc-sandbox-data","version":1,"ident');
    await expectRefused({ dataDir: dir }, file, /is corrupt \(not valid JSON/);
    writeFileSync(file, JSON.stringify({ format: 'bc-sandbox-data', version: 1, seedHash: 'x', clockOffsetMs: 0 }));
    await expectRefused({ dataDir: dir }, file, /is corrupt \("identity" is missing\)/);
    writeFileSync(file, JSON.stringify({ hello: 'world' }));
    await expectRefused({ dataDir: dir }, file, /is not a bc-sandbox data file/);
  });

  it('a file of another format version', async () => {
    const { dir, file, saved } = await savedDir();
    writeFileSync(file, JSON.stringify({ ...saved, version: 2 }));
    await expectRefused({ dataDir: dir }, file, /has format version 2, and this sandbox reads version 1 only/);
  });

  it('a file of another store or another seed', async () => {
    const { dir, file, storeHash } = await savedDir();
    await expectRefused({ dataDir: dir, storeHash: 'otherstore' }, file, new RegExp(`holds store ${storeHash}, not the store otherstore asked for`));
    const seed = structuredClone(defaultSeed);
    seed.storeName = 'Another shop';
    await expectRefused({ dataDir: dir, seed }, file, /made from another seed/);
    // The same store hash, asked for explicitly, is fine.
    running.push(await startSandbox({ dataDir: dir, storeHash }));
  });

  it('fresh without a data dir is a mistake, not a no-op', async () => {
    await expect(startSandbox({ fresh: true })).rejects.toThrow(/fresh only applies with a dataDir/);
  });
});
