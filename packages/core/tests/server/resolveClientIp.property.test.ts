import { isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseIp } from '../../src/server/ip/parseIp.js';
import { resolveClientIp } from '../../src/server/resolveClientIp.js';
import { createPrng, randomIpv4, randomIpv6, type Prng } from './support/prng.js';

const RUNS = 10_000;
const TRUSTED = ['10.0.0.0/8', 'fd00::/8'];

// Characters that matter to the parsers, plus some that should never appear in a header.
const NASTY = [...'0123456789abcdefABCDEF:.,;="[]_%\\ \t-'] as const;
const EXOTIC = ['\u0000', '\r\n', 'é', '\u202e', '😀', 'unknown', 'for=', '"', '::ffff:', '%25', ',,,', ';;'];

function garbage(rng: Prng): string {
  const length = rng.bool(0.02) ? rng.int(10_000, 200_000) : rng.int(0, 80);
  let out = '';
  while (out.length < length) {
    if (rng.bool(0.1)) out += rng.pick(EXOTIC);
    else if (rng.bool(0.1)) out += rng.bool() ? randomIpv4(rng) : randomIpv6(rng);
    else out += rng.pick(NASTY);
  }
  return out;
}

function untrustedAddress(rng: Prng): string {
  for (;;) {
    const ip = rng.bool() ? randomIpv4(rng) : randomIpv6(rng);
    const parsed = parseIp(ip)!;
    const trusted = parsed.version === 4 ? parsed.bytes[0] === 10 : parsed.bytes[0] === 0xfd;
    if (!trusted) return parsed.address;
  }
}

function trustedAddress(rng: Prng): string {
  return rng.bool() ? `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(0, 255)}` : `fd${rng.int(0, 255).toString(16).padStart(2, '0')}::${rng.int(1, 0xffff).toString(16)}`;
}

// One hop as various proxies write it in X-Forwarded-For.
function xffHop(rng: Prng, address: string): string {
  const v6 = address.includes(':');
  const text = rng.bool(0.3) ? address.toUpperCase() : address;
  if (v6) return rng.pick([text, `[${text}]`, `[${text}]:${rng.int(1, 65535)}`]);
  return rng.pick([text, `${text}:${rng.int(1, 65535)}`, rng.bool(0.1) ? `::ffff:${text}` : text]);
}

// One forwarded-element as various proxies write it.
function forwardedElement(rng: Prng, address: string): string {
  const v6 = address.includes(':');
  const node = v6 ? `"[${address}]${rng.bool() ? `:${rng.int(1, 65535)}` : ''}"` : rng.bool() ? address : `"${address}:${rng.int(1, 65535)}"`;
  const params = [`${rng.pick(['for', 'For', 'FOR'])}=${node}`];
  if (rng.bool()) params.push('proto=https');
  if (rng.bool()) params.push(`by=${rng.pick(['_proxy', '"[fd00::1]"', '10.0.0.1'])}`);
  for (let i = params.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [params[i], params[j]] = [params[j]!, params[i]!];
  }
  return params.join(rng.pick([';', '; ', ' ;']));
}

function join(rng: Prng, parts: string[]): string {
  return parts.map((p) => (rng.bool(0.05) ? `${p},` : p)).join(rng.pick([',', ', ', ' ,\t']));
}

// Splits a header value into several lines at element boundaries, as several proxies may send it.
function lines(rng: Prng, clientPart: string, proxyParts: string[]): string | string[] {
  const all = clientPart === '' ? proxyParts : [clientPart, ...proxyParts];
  if (!rng.bool(0.3) || all.length < 2) return join(rng, all);
  const cut = rng.int(1, all.length - 1);
  return [join(rng, all.slice(0, cut)), join(rng, all.slice(cut))];
}

describe('resolveClientIp properties', () => {
  it(`never throws and always answers a canonical address on ${RUNS} random header values`, () => {
    const rng = createPrng(1);
    for (let i = 0; i < RUNS; i++) {
      const headers: Record<string, string | string[]> = {};
      if (rng.bool(0.8)) headers[rng.pick(['x-forwarded-for', 'X-Forwarded-For'])] = rng.bool(0.1) ? [garbage(rng), garbage(rng)] : garbage(rng);
      if (rng.bool(0.5)) headers[rng.pick(['forwarded', 'Forwarded'])] = garbage(rng);
      const trustedProxies = rng.pick([undefined, 1, 3, 40, ['0.0.0.0/0', '::/0'], TRUSTED]);
      const header = rng.pick(['auto', 'forwarded', 'x-forwarded-for'] as const);
      const source = rng.bool() ? { headers } : new Headers(Object.entries(headers).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])).filter(([, v]) => !/[\r\n\u0000]|[^\u0000-\u00ff]/.test(v!)) as [string, string][]);
      let ip = '';
      expect(() => {
        ip = resolveClientIp(source, { remoteAddress: '10.0.0.1', trustedProxies, header });
      }).not.toThrow();
      expect(isIP(ip), ip).not.toBe(0);
      expect(parseIp(ip)?.address).toBe(ip);
    }
  });

  it(`never answers an address to the left of the first untrusted hop (${RUNS} constructed chains)`, () => {
    const rng = createPrng(2);
    for (let i = 0; i < RUNS; i++) {
      const client = untrustedAddress(rng);
      const proxies = Array.from({ length: rng.int(0, 5) }, () => trustedAddress(rng));
      const remote = trustedAddress(rng);
      const useForwarded = rng.bool();
      // What the client wrote: garbage, or addresses (some inside the trusted ranges, to tempt the walk).
      const clientPart = rng.bool(0.3)
        ? garbage(rng)
        : Array.from({ length: rng.int(0, 4) }, () => (rng.bool() ? trustedAddress(rng) : untrustedAddress(rng)))
            .map((a) => (useForwarded ? forwardedElement(rng, a) : xffHop(rng, a)))
            .join(', ');
      const proxyParts = [client, ...proxies].map((a) => (useForwarded ? forwardedElement(rng, a) : xffHop(rng, a)));
      const headers: Record<string, string | string[]> = { [useForwarded ? 'forwarded' : 'x-forwarded-for']: lines(rng, clientPart, proxyParts) };
      const byCount = rng.bool();
      const trustedProxies = byCount ? proxies.length + 1 : TRUSTED;
      const answer = resolveClientIp({ headers }, { remoteAddress: remote, trustedProxies });
      expect(answer, JSON.stringify(headers)).toBe(client);

      // A copy of the other header written by the client must never pull the answer to the left.
      const spoofed = { ...headers, [useForwarded ? 'x-forwarded-for' : 'forwarded']: clientPart === '' ? garbage(rng) : clientPart };
      const allowed = new Set([client, ...proxies.map((p) => parseIp(p)!.address), parseIp(remote)!.address]);
      const auto = resolveClientIp({ headers: spoofed }, { remoteAddress: remote, trustedProxies });
      expect(allowed.has(auto), `${auto} from ${JSON.stringify(spoofed)}`).toBe(true);
    }
  });

  it(`stops at the last good address when a trusted hop is malformed (${RUNS} chains)`, () => {
    const rng = createPrng(3);
    const BROKEN = ['unknown', '_hidden', 'garbage', '1.2.3', '300.1.1.1', '[::1', '"', '01.2.3.4', '::1::', ''.padEnd(600, '1')];
    for (let i = 0; i < RUNS; i++) {
      const client = untrustedAddress(rng);
      const proxies = Array.from({ length: rng.int(1, 6) }, () => trustedAddress(rng));
      const broken = rng.int(0, proxies.length - 1);
      const hops = [client, ...proxies];
      const parts = hops.map((a, index) => (index === broken + 1 ? rng.pick(BROKEN) : xffHop(rng, a)));
      const remote = trustedAddress(rng);
      const answer = resolveClientIp({ headers: { 'x-forwarded-for': parts.join(', ') } }, { remoteAddress: remote, trustedProxies: TRUSTED });
      const expected = broken + 2 < hops.length ? parseIp(hops[broken + 2]!)!.address : parseIp(remote)!.address;
      expect(answer).toBe(expected);
    }
  });
});
