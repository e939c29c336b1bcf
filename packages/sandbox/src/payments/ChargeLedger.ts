/** One successful charge made through the Payments API. */
export interface LedgerCharge {
  kind: 'charge';
  /** The Payments API transaction id returned to the client. */
  id: string;
  orderId: number;
  /** Minor units. */
  amount: number;
  currency: string;
  paymentMethodId: string;
  instrumentType: string;
  time: string;
  correlationId: string | null;
}

/** One refund made through the Management API. */
export interface LedgerRefund {
  kind: 'refund';
  id: number;
  orderId: number;
  /** Minor units. */
  amount: number;
  currency: string;
  providerId: string;
  time: string;
  correlationId: string | null;
}

/** Every movement of money, so tests can count charges per order (`GET /__sandbox/ledger`). */
export interface ChargeLedger {
  record(entry: LedgerCharge | LedgerRefund): void;
  list(filter?: { orderId?: number }): Array<LedgerCharge | LedgerRefund>;
  /** Minor units charged minus refunded for one order. */
  netPaid(orderId: number): number;
  clear(): void;
  /** Every entry, oldest first, for the data dir (`createSandbox({ dataDir })`). */
  snapshot(): Array<LedgerCharge | LedgerRefund>;
  /** Replaces every entry with a snapshot's. */
  restore(entries: Array<LedgerCharge | LedgerRefund>): void;
}

/** Creates an empty ledger. */
export function createChargeLedger(): ChargeLedger {
  let entries: Array<LedgerCharge | LedgerRefund> = [];
  return {
    record(entry) {
      entries.push(entry);
    },
    list(filter) {
      return entries.filter((e) => filter?.orderId === undefined || e.orderId === filter.orderId);
    },
    netPaid(orderId) {
      return entries
        .filter((e) => e.orderId === orderId)
        .reduce((sum, e) => sum + (e.kind === 'charge' ? e.amount : -e.amount), 0);
    },
    clear() {
      entries = [];
    },
    snapshot: () => entries.map((e) => ({ ...e })),
    restore(saved) {
      entries = saved.map((e) => ({ ...e }));
    },
  };
}
