import { describe, expect, it } from 'vitest';
import { scrubTokens } from '../../src/server/handler/scrubTokens.js';

const TOKEN = `${'0a'.repeat(32)}_1795861596`;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const PAT = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'payments.bigcommerce.com', sub: 'abc', data: { order_id: 1 } })}.c2ln`;
const OTHER_JWT = `${b64({ alg: 'ES256' })}.${b64({ iss: 'BC', operation: 'session_sync' })}.c2ln`;

describe('scrubTokens', () => {
  it('passes ordinary responses through unchanged, byte for byte', () => {
    const text = '{"data":{"site":{"products":{"edges":[{"node":{"entityId":1,"name":"Mug","sku":"abc_1"}}]}}}}';
    expect(scrubTokens(text)).toEqual({ text, scrubbed: false });
  });

  it('removes customer access tokens under any name', () => {
    const text = JSON.stringify({ data: { login: { customerAccessToken: { value: TOKEN, expiresAt: 'x' } }, alias: { v: TOKEN }, list: [TOKEN, 'ok'] } });
    const out = scrubTokens(text);
    expect(out.scrubbed).toBe(true);
    expect(out.text).not.toContain(TOKEN);
    expect(JSON.parse(out.text)).toEqual({ data: { login: { customerAccessToken: null }, alias: { v: null }, list: [null, 'ok'] } });
  });

  it('removes payment access tokens but keeps other JWTs (session-sync links)', () => {
    const text = JSON.stringify({ data: { checkout: { completeCheckout: { orderEntityId: 7, pat: PAT } }, sync: { token: OTHER_JWT } } });
    const out = JSON.parse(scrubTokens(text).text) as { data: { checkout: { completeCheckout: { orderEntityId: number; pat: unknown } }; sync: { token: string } } };
    expect(out.data.checkout.completeCheckout).toEqual({ orderEntityId: 7, pat: null });
    expect(out.data.sync.token).toBe(OTHER_JWT);
    expect(JSON.parse(scrubTokens(JSON.stringify({ paymentAccessToken: 'anything' })).text)).toEqual({ paymentAccessToken: null });
  });

  it('cuts a token out of a longer string, such as an error message', () => {
    const text = JSON.stringify({ errors: [{ message: `Token ${TOKEN} is invalid` }] });
    expect(JSON.parse(scrubTokens(text).text)).toEqual({ errors: [{ message: 'Token [redacted] is invalid' }] });
  });

  it('withholds a non-JSON body that contains a token', () => {
    expect(scrubTokens(`oops ${TOKEN}`).text).not.toContain(TOKEN);
    expect(scrubTokens('plain text').text).toBe('plain text');
  });

  it('finds the token shape anywhere, including at the very start and end', () => {
    for (const text of [`"${TOKEN}"`, `["x","${TOKEN}"]`, `{"a":"${TOKEN}"}`]) expect(scrubTokens(text).text).not.toContain(TOKEN);
    // 63 hex characters are not a token.
    const near = JSON.stringify({ a: `${'a'.repeat(63)}_123` });
    expect(scrubTokens(near)).toEqual({ text: near, scrubbed: false });
  });
});
