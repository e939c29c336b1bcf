/** What every reliability test counts; printed as one JSON line at the end of each test. */
export interface Counts {
  /** Requests sent (by the test's clients, or seen by the sandbox where stated). */
  requests: number;
  /** Faults the sandbox says it injected (its request log's `fault` column). */
  faultsInjected: number;
  /** Operations that met a fault and still succeeded (retries, re-reads). */
  recovered: number;
  /** Operations that failed with a typed, documented error (never a bare Error or a crash). */
  typedFailures: number;
  /** Orders with more than one charge in the sandbox's ledger. */
  doubleCharges: number;
  /** Cross-customer data, untyped errors, unhandled rejections, heap growth over the bound. */
  leaks: number;
  [extra: string]: number;
}

/** A zeroed counter. */
export function createCounts(): Counts {
  return { requests: 0, faultsInjected: 0, recovered: 0, typedFailures: 0, doubleCharges: 0, leaks: 0 };
}

/** Prints the counts as one JSON line, so a CI log shows what each run did. */
export function printCounts(test: string, counts: Counts): void {
  console.log(JSON.stringify({ reliability: test, ...counts }));
}
