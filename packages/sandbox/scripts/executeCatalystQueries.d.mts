import type { MeasuredOperation } from './measureCatalyst.mjs';

/** One query's run: the GraphQL errors as a guest and as a customer, or why it was skipped. */
export type QueryRun = { name: string; skipped: string } | { name: string; skipped?: undefined; guestErrors: string[]; customerErrors: string[] };

/** Runs the valid query operations against a sandbox as a guest and as its first demo customer. */
export function executeQueries(
  operations: MeasuredOperation[],
  sandbox: { url: string; privateToken: string; customers: ReadonlyArray<{ email: string; password: string }> },
): Promise<QueryRun[]>;
