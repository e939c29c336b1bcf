// The customer side survives a restart on the same data dir: a registered customer and their
// address book, wishlists, newsletter subscriptions and gift certificate balances.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Sandbox } from '../../src/createSandbox.js';
import { startSandbox } from '../support/sandboxFixtures.js';
import { gql } from '../support/storefrontFlow.js';

const dirs: string[] = [];
const running: Sandbox[] = [];
afterEach(async () => {
  for (const sandbox of running.splice(0)) await sandbox.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<Sandbox> {
  const sandbox = await startSandbox({ dataDir });
  running.push(sandbox);
  return sandbox;
}

async function data(sandbox: Sandbox, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await gql(sandbox, query, variables, headers);
  if (res.body.errors?.length) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data;
}

it('keeps registered customers, address books, wishlists, subscriptions and gift certificate balances', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bc-sandbox-customer-'));
  dirs.push(dir);
  const first = await start(dir);
  const input = { email: 'ada@example.com', password: 'Lovelace1815', firstName: 'Ada', lastName: 'Lovelace', address: { firstName: 'Ada', lastName: 'Lovelace', address1: '1 Loop Road', city: 'Berlin', countryCode: 'DE', postalCode: '10115' } };
  await data(first, 'mutation($input: RegisterCustomerInput!) { customer { registerCustomer(input: $input) { errors { __typename } } } }', { input });
  const login = await data(first, 'mutation { login(email: "ada@example.com", password: "Lovelace1815") { customerAccessToken { value } } }');
  const headers = { 'x-bc-customer-access-token': login.login.customerAccessToken.value };
  await data(first, 'mutation { wishlist { createWishlist(input: { name: "Later", isPublic: false, items: [{ productEntityId: 131 }] }) { result { entityId } } } }', {}, headers);
  await data(first, 'mutation { newsletter { subscribe(input: { email: "ada@example.com" }) { errors { __typename } } } }');
  // Spend part of a certificate: a paid order takes it off the balance.
  first.store.giftCertificates.get('GC-FRESH-5000')!.balance = 1234;
  await first.close();
  running.splice(running.indexOf(first), 1);

  const second = await start(dir);
  const me = await data(second, `{ customer { email isSubscribedToNewsletter addresses { edges { node { city } } } wishlists { edges { node { name items { edges { node { productEntityId } } } } } } } }`, {}, headers);
  expect(me.customer).toEqual({
    email: 'ada@example.com',
    isSubscribedToNewsletter: true,
    addresses: { edges: [{ node: { city: 'Berlin' } }] },
    wishlists: { edges: [{ node: { name: 'Later', items: { edges: [{ node: { productEntityId: 131 } }] } } }] },
  });
  const certificate = await data(second, '{ site { giftCertificate(code: "GC-FRESH-5000") { balance { value } } } }');
  expect(certificate.site.giftCertificate.balance.value).toBe(12.34);
});
