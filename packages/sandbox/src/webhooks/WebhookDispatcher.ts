import type { SandboxClock } from '../clock.js';
import { scopeMatches } from './scopeMatches.js';
import type { WebhookBook } from './WebhookBook.js';
import { webhookPayload, type WebhookPayload } from './webhookPayload.js';

/**
 * BigCommerce's retry intervals in seconds after a failed callback, from
 * bigcommerce/docs docs/integrations/webhooks/overview.mdx ("Callback retry mechanism"); after the
 * last one fails the hook is deactivated (`is_active: false`).
 */
export const WEBHOOK_RETRY_SCHEDULE_SECONDS: readonly number[] = [60, 180, 300, 600, 900, 1800, 3600, 7200, 21600, 50400, 86400];

/** How many delivery attempts `GET /__sandbox/webhooks/deliveries` keeps, oldest dropped first. */
const MAX_DELIVERIES = 1000;

/** One delivery attempt of one event to one hook. */
export interface WebhookDelivery {
  /** Sequence number of the attempt, from 1. */
  id: number;
  /** The event this attempt delivers (every hook and retry of one event shares it). */
  eventId: number;
  hookId: number;
  destination: string;
  /** 1 for the first attempt, 2… for the retries. */
  attempt: number;
  /** ISO time on the sandbox clock when the attempt was made. */
  time: string;
  /** The receiver's HTTP status, or null when it did not answer (connection refused, timeout). */
  status: number | null;
  /** Why the attempt failed, or null when the receiver answered 2xx. */
  error: string | null;
  ok: boolean;
  /** Seconds on BigCommerce's schedule until the next retry (before `webhookRetryScale`), or null: none follows. */
  nextRetryInSeconds: number | null;
  /** True on the last failed attempt, which deactivated the hook. */
  deactivatedHook: boolean;
  payload: WebhookPayload;
}

/** Tunables of the dispatcher. */
export interface WebhookDispatcherOptions {
  clock: SandboxClock;
  hooks: WebhookBook;
  store: { storeId: string; storeHash: string };
  /** Multiplies every retry interval (1 = BigCommerce's real schedule; 0.001 runs 48 hours in 173 s). */
  retryScale: number;
  /** Real milliseconds a receiver has to answer before the attempt counts as failed. */
  timeoutMs: number;
  /** Called after the dispatcher changed a hook (deactivation), so the data dir keeps it. */
  onHookChanged(): void;
}

/** Sends events to the hooks that subscribe to them, with BigCommerce's retries. */
export interface WebhookDispatcher {
  /** Fires an event: every active hook whose scope covers `scope` gets a callback, asynchronously. */
  emit(scope: string, data: Record<string, unknown>): void;
  /** Delivery attempts, oldest first. */
  deliveries(): WebhookDelivery[];
  /** Runs every retry due on the sandbox clock now (called when a test moves the clock). */
  runDue(): void;
  /** Forgets the log and cancels scheduled retries (reset). */
  clear(): void;
}

/** Creates the dispatcher; it sends nothing until an event is emitted. */
export function createWebhookDispatcher(options: WebhookDispatcherOptions): WebhookDispatcher {
  const log: WebhookDelivery[] = [];
  // A retry is due at `dueAt` on the sandbox clock, or when its real (scaled) timer fires: whichever
  // comes first runs it, once.
  const pending = new Set<{ dueAt: number; timer: NodeJS.Timeout; run: () => void }>();
  let attemptSeq = 0;
  let eventSeq = 0;
  // Bumped by clear(): an attempt in flight when the sandbox is reset neither logs nor retries.
  let generation = 0;

  async function send(destination: string, headers: Record<string, string> | null, payload: WebhookPayload): Promise<{ status: number | null; error: string | null }> {
    try {
      const res = await fetch(destination, {
        method: 'POST',
        // The hook's own headers first: content-type is the sandbox's (and hook validation refuses it anyway).
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        // A redirect is not a 2xx: BigCommerce counts anything outside 200–299 as not received.
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      await res.body?.cancel().catch(() => {});
      return { status: res.status, error: res.status >= 200 && res.status < 300 ? null : `answered ${res.status}` };
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { status: null, error: `no answer within ${options.timeoutMs} ms` };
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { status: null, error: `could not connect: ${cause?.code ?? cause?.message ?? (error as Error).message}` };
    }
  }

  async function attempt(eventId: number, hookId: number, payload: WebhookPayload, attemptNo: number): Promise<void> {
    const mine = generation;
    const hook = options.hooks.get(hookId);
    // A hook deleted or switched off since the event stops receiving it, retries included.
    if (!hook || !hook.is_active) return;
    const time = new Date(options.clock.now()).toISOString();
    const result = await send(hook.destination, hook.headers, payload);
    if (mine !== generation) return;
    const ok = result.error === null;
    const retryIn = ok ? undefined : WEBHOOK_RETRY_SCHEDULE_SECONDS[attemptNo - 1];
    const deactivate = !ok && retryIn === undefined;
    if (deactivate) {
      hook.is_active = false;
      hook.updated_at = Math.floor(options.clock.now() / 1000);
      options.onHookChanged();
    }
    attemptSeq += 1;
    log.push({ id: attemptSeq, eventId, hookId, destination: hook.destination, attempt: attemptNo, time, status: result.status, error: result.error, ok, nextRetryInSeconds: retryIn ?? null, deactivatedHook: deactivate, payload });
    if (log.length > MAX_DELIVERIES) log.splice(0, log.length - MAX_DELIVERIES);
    if (retryIn === undefined) return;
    const retry = {
      dueAt: options.clock.now() + retryIn * 1000,
      timer: setTimeout(() => retry.run(), retryIn * 1000 * options.retryScale),
      run() {
        if (!pending.delete(retry)) return;
        clearTimeout(retry.timer);
        void attempt(eventId, hookId, payload, attemptNo + 1);
      },
    };
    // A pending retry never keeps the process (or a test run) alive.
    retry.timer.unref();
    pending.add(retry);
  }

  return {
    emit(scope, data) {
      const hooks = options.hooks.list().filter((hook) => hook.is_active && scopeMatches(hook.scope, scope));
      if (hooks.length === 0) return;
      eventSeq += 1;
      const payload = webhookPayload({ scope, data }, options.store, options.clock.now());
      for (const hook of hooks) void attempt(eventSeq, hook.id, payload, 1);
    },
    deliveries: () => structuredClone(log),
    runDue() {
      const now = options.clock.now();
      for (const retry of [...pending]) if (retry.dueAt <= now) retry.run();
    },
    clear() {
      generation += 1;
      for (const retry of pending) clearTimeout(retry.timer);
      pending.clear();
      log.length = 0;
      attemptSeq = 0;
      eventSeq = 0;
    },
  };
}
