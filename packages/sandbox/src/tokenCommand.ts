import { parseArgs } from 'node:util';
import { PRIVATE_TOKEN_SCOPES } from './tokens/ApiTokenClaims.js';

/** `bc-sandbox token --help`. */
export const TOKEN_USAGE = `Usage: bc-sandbox token <kind> [options]

Mints a GraphQL Storefront API token from a running sandbox, through its Management API (as you
would from a real store), and prints it alone on stdout.

Kinds:
  private                       for servers: refused from a web browser; limited to --scope
  storefront                    for browsers: limited to --cors-origin; refused server to server
                                (it is created after 2026-06-30, like any token made today)
  customer-impersonation        for servers: acts for the customer named by X-Bc-Customer-Id

Options:
  --scope <scope>               private tokens: Unauthenticated, Customer or B2B; repeat for more
                                (default Unauthenticated and Customer)
  --cors-origin <origin>        storefront tokens: an origin allowed to use it; at most two
  --expires-in <seconds>        lifetime on the sandbox clock (default one year)
  --url <url>                   the sandbox (default http://127.0.0.1:4100)
  -h, --help                    show this help
`;

const KINDS = { private: 'api-token-private', storefront: 'api-token', 'customer-impersonation': 'api-token-customer-impersonation' } as const;

/** What `bc-sandbox token` was asked: the endpoint path and its body, and where the sandbox is. */
interface TokenRequest {
  url: string;
  path: string;
  body: Record<string, unknown>;
  expiresInSeconds: number;
}

/** A refusal to show the user; `exitCode` 2 for a bad command line, 1 for a sandbox that failed. */
class TokenCommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

function parseTokenArgs(argv: string[]): TokenRequest | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        scope: { type: 'string', multiple: true },
        'cors-origin': { type: 'string', multiple: true },
        'expires-in': { type: 'string' },
        url: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new TokenCommandError((error as Error).message.replace(/\.?$/, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const kind = positionals[0];
  if (positionals.length !== 1 || !kind || !(kind in KINDS)) throw new TokenCommandError(`name one kind of token: ${Object.keys(KINDS).join(', ')}; got ${JSON.stringify(positionals.join(' '))}.`);
  if (values.scope && kind !== 'private') throw new TokenCommandError('--scope applies to private tokens only.');
  if (values['cors-origin'] && kind !== 'storefront') throw new TokenCommandError('--cors-origin applies to storefront tokens only.');
  const scopes = values.scope ?? ['Unauthenticated', 'Customer'];
  const unknown = scopes.find((s) => !(PRIVATE_TOKEN_SCOPES as readonly string[]).includes(s));
  if (unknown) throw new TokenCommandError(`--scope must be one of ${PRIVATE_TOKEN_SCOPES.join(', ')}; got "${unknown}".`);
  const expiresIn = values['expires-in'] ?? String(365 * 86_400);
  if (!/^[1-9]\d{0,9}$/.test(expiresIn)) throw new TokenCommandError(`--expires-in must be a positive whole number of seconds, got "${expiresIn}".`);
  return {
    url: (values.url ?? 'http://127.0.0.1:4100').replace(/\/+$/, ''),
    path: KINDS[kind as keyof typeof KINDS],
    body: { ...(kind === 'private' ? { scopes } : {}), ...(values['cors-origin'] ? { allowed_cors_origins: values['cors-origin'] } : {}) },
    expiresInSeconds: Number(expiresIn),
  };
}

async function mintToken(request: TokenRequest): Promise<string> {
  let config: { storeHash?: string; managementToken?: string; channelId?: number };
  try {
    config = (await (await fetch(`${request.url}/__sandbox/config`)).json()) as typeof config;
  } catch (error) {
    throw new TokenCommandError(`no sandbox answers at ${request.url} (${(error as Error).message}); start one with "bc-sandbox", or pass --url.`, 1);
  }
  if (!config.storeHash || !config.managementToken) throw new TokenCommandError(`${request.url}/__sandbox/config holds no store hash and management token: is --url a bc-sandbox?`, 1);
  // The sandbox clock may run ahead of real time (tests move it); the token's expiry is on it.
  const clock = (await fetch(`${request.url}/__sandbox/clock`)
    .then((r) => r.json())
    .catch(() => null)) as { data?: { now?: string } } | null;
  const now = Date.parse(clock?.data?.now ?? '') || Date.now();
  const res = await fetch(`${request.url}/stores/${config.storeHash}/v3/storefront/${request.path}`, {
    method: 'POST',
    headers: { 'x-auth-token': config.managementToken, accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ channel_id: config.channelId ?? 1, expires_at: Math.floor(now / 1000) + request.expiresInSeconds, ...request.body }),
  });
  const json = (await res.json().catch(() => null)) as { data?: { token?: string } } | null;
  if (res.status !== 200 || !json?.data?.token) throw new TokenCommandError(`POST /v3/storefront/${request.path} answered ${res.status}: ${JSON.stringify(json)}.`, 1);
  return json.data.token;
}

/** Runs `bc-sandbox token …` (argv after `token`); resolves with the exit code. */
export async function runTokenCommand(argv: string[]): Promise<number> {
  try {
    const request = parseTokenArgs(argv);
    if (request === 'help') {
      process.stdout.write(TOKEN_USAGE);
      return 0;
    }
    process.stdout.write(`${await mintToken(request)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof TokenCommandError)) throw error;
    process.stderr.write(`bc-sandbox token: ${error.message}\nRun "bc-sandbox token --help" for the options.\n`);
    return error.exitCode;
  }
}
