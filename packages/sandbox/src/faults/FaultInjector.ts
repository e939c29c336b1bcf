/** What an injected fault does to a response. */
export interface FaultSpec {
  /** Answer with this status (and a BigCommerce-shaped error body) instead of the real response. */
  status?: number;
  /** `Retry-After` seconds to send with the status. */
  retryAfter?: number;
  /** Wait this long (real milliseconds) before answering or dropping. */
  delayMs?: number;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Answer with a truncated, unparseable JSON body. */
  malformedBody?: boolean;
}

/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  /** Exact request path, or a prefix when it ends in `*`. */
  path?: string;
  /** GraphQL operation name. */
  operationName?: string;
}

/** One registered fault rule. */
export interface FaultRule {
  id: number;
  match: FaultMatch;
  /** Matching requests still to fail. */
  remaining: number;
  fault: FaultSpec;
  /** Run the real handler first (so side effects like a charge happen), then apply the fault. */
  afterHandler: boolean;
}

/** Registry of injected faults, consumed one matching request at a time. */
export interface FaultInjector {
  add(rule: Omit<FaultRule, 'id'>): FaultRule;
  /** Takes one use of the first rule matching this request, or null. */
  take(request: { path: string; operationName: string | null }): FaultRule | null;
  list(): FaultRule[];
  clear(): void;
}

function matches(match: FaultMatch, request: { path: string; operationName: string | null }): boolean {
  if (match.path !== undefined) {
    const ok = match.path.endsWith('*') ? request.path.startsWith(match.path.slice(0, -1)) : request.path === match.path;
    if (!ok) return false;
  }
  if (match.operationName !== undefined && match.operationName !== request.operationName) return false;
  return true;
}

/** Creates an empty fault registry. */
export function createFaultInjector(): FaultInjector {
  let rules: FaultRule[] = [];
  let sequence = 0;
  return {
    add(rule) {
      sequence += 1;
      const stored = { ...rule, id: sequence };
      rules.push(stored);
      return stored;
    },
    take(request) {
      const rule = rules.find((r) => matches(r.match, request));
      if (!rule) return null;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules = rules.filter((r) => r !== rule);
      return rule;
    },
    list: () => rules.map((r) => ({ ...r })),
    clear() {
      rules = [];
    },
  };
}

/** A short label for the inspector, e.g. `drop (after handler)`. */
export function describeFault(rule: FaultRule): string {
  const parts: string[] = [];
  if (rule.fault.delayMs) parts.push(`delay ${rule.fault.delayMs} ms`);
  if (rule.fault.drop) parts.push('drop');
  if (rule.fault.status !== undefined) parts.push(`status ${rule.fault.status}`);
  if (rule.fault.malformedBody) parts.push('malformed body');
  return `${parts.join(', ')}${rule.afterHandler ? ' (after handler)' : ''}`;
}
