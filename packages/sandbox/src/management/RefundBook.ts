/** A refund record in BigCommerce's shape (reference/orders.v3.yml, schema Refund). */
export interface RefundRecord {
  id: number;
  order_id: number;
  user_id: number;
  created: string;
  reason: string;
  total_amount: number;
  total_tax: number;
  uses_merchant_override_values: boolean;
  items: Array<{ item_type: string; item_id: number; reason: string; quantity?: number; requested_amount: number | null }>;
  payments: Array<{ id: number; provider_id: string; amount: number; offline: boolean; is_declined: boolean; declined_message: string }>;
}

/** Refunds made per order, the quantities already refunded, and which orders have a refund in flight. */
export interface RefundBook {
  list(orderId: number): RefundRecord[];
  add(record: Omit<RefundRecord, 'id' | 'payments'> & { payments: Array<Omit<RefundRecord['payments'][number], 'id'>> }): RefundRecord;
  /** Quantity of one order line already refunded. */
  refundedQuantity(orderId: number, lineId: number): number;
  /** Minor units of shipping already refunded on an order. */
  refundedShipping(orderId: number): number;
  addRefundedQuantity(orderId: number, lineId: number, quantity: number): void;
  addRefundedShipping(orderId: number, amount: number): void;
  /** Marks an order's refund as processing; false when one already is (refunds are sequential). */
  begin(orderId: number): boolean;
  end(orderId: number): void;
  clear(): void;
  /** The refunds, refunded quantities and id counters, for the data dir (a refund in flight is not kept). */
  snapshot(): RefundBookSnapshot;
  /** Replaces everything with a snapshot's; no refund is in flight afterwards. */
  restore(snapshot: RefundBookSnapshot): void;
}

/** What a data dir keeps of a refund book. */
export interface RefundBookSnapshot {
  refunds: RefundRecord[];
  /** `[orderId:lineId, quantity]` pairs. */
  quantities: Array<[string, number]>;
  /** `[orderId, minor units]` pairs. */
  shipping: Array<[number, number]>;
  refundSeq: number;
  paymentSeq: number;
}

/** Creates an empty refund book. */
export function createRefundBook(): RefundBook {
  let refunds = new Map<number, RefundRecord[]>();
  let quantities = new Map<string, number>();
  let shipping = new Map<number, number>();
  let inFlight = new Set<number>();
  let refundSeq = 0;
  let paymentSeq = 0;
  return {
    list: (orderId) => [...(refunds.get(orderId) ?? [])],
    add(record) {
      refundSeq += 1;
      const stored: RefundRecord = {
        ...record,
        id: refundSeq,
        payments: record.payments.map((p) => {
          paymentSeq += 1;
          return { ...p, id: paymentSeq };
        }),
      };
      refunds.set(record.order_id, [...(refunds.get(record.order_id) ?? []), stored]);
      return stored;
    },
    refundedQuantity: (orderId, lineId) => quantities.get(`${orderId}:${lineId}`) ?? 0,
    refundedShipping: (orderId) => shipping.get(orderId) ?? 0,
    addRefundedQuantity(orderId, lineId, quantity) {
      const key = `${orderId}:${lineId}`;
      quantities.set(key, (quantities.get(key) ?? 0) + quantity);
    },
    addRefundedShipping(orderId, amount) {
      shipping.set(orderId, (shipping.get(orderId) ?? 0) + amount);
    },
    begin(orderId) {
      if (inFlight.has(orderId)) return false;
      inFlight.add(orderId);
      return true;
    },
    end(orderId) {
      inFlight.delete(orderId);
    },
    clear() {
      refunds = new Map();
      quantities = new Map();
      shipping = new Map();
      inFlight = new Set();
      refundSeq = 0;
      paymentSeq = 0;
    },
    snapshot: () => ({
      refunds: structuredClone([...refunds.values()].flat()),
      quantities: [...quantities],
      shipping: [...shipping],
      refundSeq,
      paymentSeq,
    }),
    restore(saved) {
      refunds = new Map();
      for (const record of structuredClone(saved.refunds)) refunds.set(record.order_id, [...(refunds.get(record.order_id) ?? []), record]);
      quantities = new Map(saved.quantities);
      shipping = new Map(saved.shipping);
      inFlight = new Set();
      refundSeq = saved.refundSeq;
      paymentSeq = saved.paymentSeq;
    },
  };
}
