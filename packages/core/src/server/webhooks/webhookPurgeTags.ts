import { CATALOG_TAG } from '../cache/entityTags.js';

/** A BigCommerce webhook callback (docs/integrations/webhooks/events/index.mdx, "Callback structure"). */
export interface WebhookPayload {
  scope: string;
  store_id?: string;
  data?: unknown;
  hash?: string;
  created_at?: number;
  producer?: string;
}

const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^[1-9]\d{0,17}$/.test(value)) return value;
  return undefined;
};

/**
 * The cache tags a webhook makes stale, per BigCommerce's event reference: a product's (and its
 * SKUs', inventory's, metafields') events purge `product:<id>` and `product` (entries that show a
 * product without saying which, see `entityTags`); categories and brands theirs;
 * a created or deleted entity, and every price list event, purge all catalog entries (lists and
 * category trees change with them). An event that changes no catalog answer purges nothing.
 */
export function webhookPurgeTags(payload: WebhookPayload): string[] {
  const { scope } = payload;
  const data = (payload.data ?? {}) as Record<string, unknown>;
  const [, kind, ...rest] = scope.split('/');
  const event = rest.join('/');
  const resource = idOf(data.id) ?? idOf(data.resource_id);
  switch (kind) {
    case 'product': {
      if (event === 'created' || event === 'deleted' || !resource) return [CATALOG_TAG];
      // A variant metafield's resource is the variant: its product is not in the payload.
      if (event.startsWith('variant/')) return [CATALOG_TAG];
      return [`product:${resource}`, 'product'];
    }
    case 'sku': {
      const sku = data.sku as Record<string, unknown> | undefined;
      const inventory = data.inventory as Record<string, unknown> | undefined;
      const product = idOf(sku?.product_id) ?? idOf(inventory?.product_id);
      return product ? [`product:${product}`, 'product'] : [CATALOG_TAG];
    }
    case 'category':
    case 'brand':
      if (event === 'created' || event === 'deleted' || !resource) return [CATALOG_TAG];
      return [`${kind}:${resource}`, kind];
    case 'priceList':
    case 'priceLists':
      return [CATALOG_TAG];
    default:
      return [];
  }
}
