/** One request as the inspector shows it. */
export interface RequestLogEntry {
  /** Sequence number, increasing from 1 since the last reset. */
  id: number;
  /** ISO time on the sandbox clock when the request arrived. */
  time: string;
  method: string;
  path: string;
  operationName: string | null;
  operationType: string | null;
  /** HTTP status sent, or null when the connection was dropped. */
  status: number | null;
  durationMs: number;
  /** The attributed client IP (`True-Client-IP` through a trusted proxy, else the connection's). */
  clientIp: string;
  connectionIp: string;
  /** Whether the request was made in a customer's context (valid customer access token or hosted session). */
  customer: boolean;
  correlationId: string | null;
  /** The injected fault that shaped this answer, if any. */
  fault: string | null;
}

/** A bounded log of recent requests, oldest dropped first. */
export interface RequestLog {
  add(entry: Omit<RequestLogEntry, 'id'>): RequestLogEntry;
  /** Entries oldest first, optionally only one correlation id's. */
  list(filter?: { correlationId?: string | null }): RequestLogEntry[];
  clear(): void;
}

/** Creates a ring buffer keeping the last `capacity` requests. */
export function createRequestLog(capacity = 5000): RequestLog {
  const entries: RequestLogEntry[] = new Array<RequestLogEntry>(capacity);
  let next = 0;
  let size = 0;
  let sequence = 0;
  return {
    add(entry) {
      sequence += 1;
      const stored = { id: sequence, ...entry };
      entries[next] = stored;
      next = (next + 1) % capacity;
      size = Math.min(size + 1, capacity);
      return stored;
    },
    list(filter) {
      const out: RequestLogEntry[] = [];
      const start = (next - size + capacity) % capacity;
      for (let i = 0; i < size; i += 1) {
        const entry = entries[(start + i) % capacity]!;
        if (filter?.correlationId !== undefined && filter.correlationId !== null && entry.correlationId !== filter.correlationId) continue;
        out.push(entry);
      }
      return out;
    },
    clear() {
      entries.fill(undefined as unknown as RequestLogEntry);
      next = 0;
      size = 0;
      sequence = 0;
    },
  };
}
