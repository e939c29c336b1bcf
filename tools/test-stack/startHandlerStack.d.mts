import type { Sandbox } from '@bc-headless/sandbox';

/** The sandbox and the storefront handler in front of it (node:http on 127.0.0.1 port 0). */
export interface HandlerStack {
  sandbox: Sandbox;
  /** The handler's origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** `${origin}/api/storefront`. */
  api: string;
  close(): Promise<void>;
}

/** Starts a sandbox and the storefront handler; `close()` stops both. */
export function startHandlerStack(): Promise<HandlerStack>;
