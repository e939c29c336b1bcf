import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIp } from '../../src/server/ip/parseIp.js';
import { resolveClientIp } from '../../src/server/resolveClientIp.js';
import { chance, ipAddress, ipv4, ipv6 } from './support/ipArbitraries.js';

const RUNS = 10_000;
const TRUSTED = ['10.0.0.0/8', 'fd00::/8'];

// Characters that matter to the parsers, plus some that should never appear in a header.
const NASTY = [...'0123456789abcdefABCDEF:.,;="[]_%\\ \t-'];
const EXOTIC = ['\u0000', '\r\n', 'é', '\u202e', '😀', 'unknown', 'for=', '"', '::ffff:', '%25', ',,,', ';;'];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY), weight: 8 },
  { arbitrary: fc.constantFrom(...EXOTIC), weight: 1 },
  { arbitrary: ipAddress, weight: 1 },
);
const shortGarbage = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
// Now and then a huge value (10 000 to 200 000 characters), to show the work stays bounded.
const hugeGarbage = fc
  .tuple(shortGarbage, fc.integer({ min: 10_000, max: 200_000 }))
  .map(([text, length]) => (text || ',').repeat(Math.ceil(length / (text.length || 1))).slice(0, length));
const garbage = fc.oneof({ arbitrary: shortGarbage, weight: 49 }, { arbitrary: hugeGarbage, weight: 1 });

const isTrusted = (address: string) => {
  const parsed = parseIp(address)!;
  return parsed.version === 4 ? parsed.bytes[0] === 10 : parsed.bytes[0] === 0xfd;
};
const untrustedAddress = fc.oneof(ipv4, ipv6).map((ip) => parseIp(ip)!.address).filter((ip) => !isTrusted(ip));
const trustedAddress = fc.oneof(
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([a, b, c]) => `10.${a}.${b}.${c}`),
  fc.tuple(fc.nat(255), fc.integer({ min: 1, max: 0xffff })).map(([a, b]) => `fd${a.toString(16).padStart(2, '0')}::${b.toString(16)}`),
);

/** How one proxy writes one hop: the choices made for either header. */
interface HopStyle {
  upper: boolean;
  form: 0 | 1 | 2;
  port: number;
  forName: string;
  proto: boolean;
  by: string | null;
  order: number[];
  separator: string;
}
const hopStyle: fc.Arbitrary<HopStyle> = fc.record({
  upper: chance(0.3),
  form: fc.constantFrom(0 as const, 1 as const, 2 as const),
  port: fc.integer({ min: 1, max: 65535 }),
  forName: fc.constantFrom('for', 'For', 'FOR'),
  proto: fc.boolean(),
  by: fc.option(fc.constantFrom('_proxy', '"[fd00::1]"', '10.0.0.1'), { freq: 2 }),
  order: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  separator: fc.constantFrom(';', '; ', ' ;'),
});
const hop = (address: fc.Arbitrary<string>) => fc.record({ address, style: hopStyle });

// One hop as various proxies write it in X-Forwarded-For.
function xffHop(address: string, style: HopStyle): string {
  const text = style.upper ? address.toUpperCase() : address;
  if (address.includes(':')) return [text, `[${text}]`, `[${text}]:${style.port}`][style.form]!;
  // Plain, with a port, or as IPv4-mapped IPv6.
  return [text, `${text}:${style.port}`, `::ffff:${text}`][style.form]!;
}

// One forwarded-element as various proxies write it.
function forwardedElement(address: string, style: HopStyle): string {
  const node = address.includes(':')
    ? `"[${address}]${style.form === 0 ? '' : `:${style.port}`}"`
    : style.form === 0 ? address : `"${address}:${style.port}"`;
  const params = [`${style.forName}=${node}`];
  if (style.proto) params.push('proto=https');
  if (style.by !== null) params.push(`by=${style.by}`);
  const keyed = params.map((param, i) => [style.order[i]!, param] as const).sort((a, b) => a[0] - b[0]);
  return keyed.map(([, param]) => param).join(style.separator);
}

const format = (useForwarded: boolean, { address, style }: { address: string; style: HopStyle }) =>
  useForwarded ? forwardedElement(address, style) : xffHop(address, style);

/** How the elements of a header value are joined, and whether it arrives as one line or two. */
interface Layout {
  separator: string;
  trailingCommas: boolean[];
  split: boolean;
  cut: number;
}
const layout: fc.Arbitrary<Layout> = fc.record({
  separator: fc.constantFrom(',', ', ', ' ,\t'),
  trailingCommas: fc.array(chance(0.05), { minLength: 12, maxLength: 12 }),
  split: chance(0.3),
  cut: fc.nat(),
});

function join(parts: string[], { separator, trailingCommas }: Layout): string {
  return parts.map((p, i) => (trailingCommas[i % trailingCommas.length] ? `${p},` : p)).join(separator);
}

// Splits a header value into several lines at element boundaries, as several proxies may send it.
function lines(clientPart: string, proxyParts: string[], how: Layout): string | string[] {
  const all = clientPart === '' ? proxyParts : [clientPart, ...proxyParts];
  if (!how.split || all.length < 2) return join(all, how);
  const cut = 1 + (how.cut % (all.length - 1));
  return [join(all.slice(0, cut), how), join(all.slice(cut), how)];
}

// Thousands of runs each: CPU work, not a timing claim, so a loaded machine gets a minute.
describe('resolveClientIp properties', { timeout: 60_000 }, () => {
  it(`never throws and always answers a canonical address on ${RUNS} random header values`, () => {
    const input = fc.record({
      xff: fc.option(fc.oneof({ arbitrary: garbage, weight: 9 }, { arbitrary: fc.tuple(garbage, garbage), weight: 1 }), { freq: 5 }),
      xffName: fc.constantFrom('x-forwarded-for', 'X-Forwarded-For'),
      forwarded: fc.option(garbage, { freq: 2 }),
      forwardedName: fc.constantFrom('forwarded', 'Forwarded'),
      trustedProxies: fc.constantFrom(undefined, 1, 3, 40, ['0.0.0.0/0', '::/0'], TRUSTED),
      header: fc.constantFrom('auto', 'forwarded', 'x-forwarded-for'),
      asHeaders: fc.boolean(),
    });
    fc.assert(
      fc.property(input, ({ xff, xffName, forwarded, forwardedName, trustedProxies, header, asHeaders }) => {
        const headers: Record<string, string | string[]> = {};
        if (xff !== null) headers[xffName] = xff;
        if (forwarded !== null) headers[forwardedName] = forwarded;
        const source = asHeaders
          ? new Headers(
              Object.entries(headers)
                .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))
                .filter(([, v]) => !/[\r\n\u0000]|[^\u0000-\u00ff]/.test(v!)) as [string, string][],
            )
          : { headers };
        let ip = '';
        expect(() => {
          ip = resolveClientIp(source, { remoteAddress: '10.0.0.1', trustedProxies, header });
        }).not.toThrow();
        expect(isIP(ip), ip).not.toBe(0);
        expect(parseIp(ip)?.address).toBe(ip);
      }),
      { numRuns: RUNS },
    );
  });

  it(`never answers an address to the left of the first untrusted hop (${RUNS} constructed chains)`, () => {
    const input = fc.record({
      client: hop(untrustedAddress),
      proxies: fc.array(hop(trustedAddress), { maxLength: 5 }),
      remote: trustedAddress,
      useForwarded: fc.boolean(),
      // What the client wrote: garbage, or addresses (some inside the trusted ranges, to tempt the walk).
      clientWrote: fc.oneof(
        { arbitrary: garbage, weight: 3 },
        { arbitrary: fc.array(hop(fc.oneof(trustedAddress, untrustedAddress)), { maxLength: 4 }), weight: 7 },
      ),
      layout,
      byCount: fc.boolean(),
      spoofGarbage: garbage,
    });
    fc.assert(
      fc.property(input, ({ client, proxies, remote, useForwarded, clientWrote, layout: how, byCount, spoofGarbage }) => {
        const clientPart = typeof clientWrote === 'string' ? clientWrote : clientWrote.map((h) => format(useForwarded, h)).join(', ');
        const proxyParts = [client, ...proxies].map((h) => format(useForwarded, h));
        const headers: Record<string, string | string[]> = { [useForwarded ? 'forwarded' : 'x-forwarded-for']: lines(clientPart, proxyParts, how) };
        const trustedProxies = byCount ? proxies.length + 1 : TRUSTED;
        const answer = resolveClientIp({ headers }, { remoteAddress: remote, trustedProxies });
        expect(answer, JSON.stringify(headers)).toBe(client.address);

        // A copy of the other header written by the client must never pull the answer to the left.
        const spoofed = { ...headers, [useForwarded ? 'x-forwarded-for' : 'forwarded']: clientPart === '' ? spoofGarbage : clientPart };
        const allowed = new Set([client.address, ...proxies.map((p) => parseIp(p.address)!.address), parseIp(remote)!.address]);
        const auto = resolveClientIp({ headers: spoofed }, { remoteAddress: remote, trustedProxies });
        expect(allowed.has(auto), `${auto} from ${JSON.stringify(spoofed)}`).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it(`stops at the last good address when a trusted hop is malformed (${RUNS} chains)`, () => {
    const BROKEN = ['unknown', '_hidden', 'garbage', '1.2.3', '300.1.1.1', '[::1', '"', '01.2.3.4', '::1::', ''.padEnd(600, '1')];
    const input = fc.record({
      client: hop(untrustedAddress),
      proxies: fc.array(hop(trustedAddress), { minLength: 1, maxLength: 6 }),
      brokenAt: fc.nat(),
      brokenText: fc.constantFrom(...BROKEN),
      remote: trustedAddress,
    });
    fc.assert(
      fc.property(input, ({ client, proxies, brokenAt, brokenText, remote }) => {
        const broken = brokenAt % proxies.length;
        const hops = [client, ...proxies];
        const parts = hops.map((h, index) => (index === broken + 1 ? brokenText : xffHop(h.address, h.style)));
        const answer = resolveClientIp({ headers: { 'x-forwarded-for': parts.join(', ') } }, { remoteAddress: remote, trustedProxies: TRUSTED });
        const expected = broken + 2 < hops.length ? parseIp(hops[broken + 2]!.address)!.address : parseIp(remote)!.address;
        expect(answer).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
