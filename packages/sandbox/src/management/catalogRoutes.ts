import type { CatalogProduct } from '../catalog/createCatalog.js';
import type { SeedVariant } from '../catalog/SandboxSeed.js';
import { BC_ERROR_TYPE, bcError, isRecord, jsonResponse } from '../http/responses.js';
import type { SandboxPlatform } from '../http/SandboxPlatform.js';
import type { SandboxRequest, SandboxResponse } from '../SandboxRequest.js';
import { applyProductEdit, type ProductEdit } from './CatalogEdits.js';

/*
 * Catalog writes of the Management API (bigcommerce/docs reference/catalog/products_catalog.v3.yml
 * `updateProduct`, product-variants_catalog.v3.yml `updateVariant`, category-trees_catalog.v3.yml
 * `updateCategories`, which is how BigCommerce documents updating a category today). They change
 * the catalog the GraphQL Storefront API reads, at once, and fire the webhooks BigCommerce fires
 * (docs/integrations/webhooks/events/index.mdx): `store/product/updated` for a changed product
 * field, `store/product/inventory/updated` for a product tracked by product, `store/sku/updated`
 * and `store/sku/inventory/updated` for a variant of a product with options, and
 * `store/category/updated`. Money crosses REST as decimals in the store currency; the sandbox keeps
 * minor units. Only the fields below are written; the others of BigCommerce's bodies are ignored.
 *
 * Inventory webhooks send `inventory.method: "absolute"` (an API write) and, as `value`, the new
 * level: the events page calls `value` "the number of items that the inventory changed by" yet its
 * absolute example is a level (100000000), so the sandbox follows the example.
 */

type CatalogRoute = (platform: SandboxPlatform, req: SandboxRequest, params: Record<string, string>) => SandboxResponse;

const MAX_MONEY = 1_000_000_000;
const MAX_STOCK = 2_147_483_647;
const invalid = (errors: Record<string, string>) => bcError(422, 'JSON data is missing or invalid', { errors });

function entityId(raw: string | undefined): number | null {
  return raw && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

function parse(req: SandboxRequest): { value: unknown } | SandboxResponse {
  try {
    return { value: JSON.parse(req.body.toString('utf8')) as unknown };
  } catch {
    return bcError(400, 'The request body is not valid JSON', { detail: 'Send a JSON object, e.g. {"price": 12.99}.' });
  }
}

/** A REST decimal amount → minor units; `nullable` lets 0/null mean "none" (sale and retail prices). */
function money(value: unknown, field: string, errors: Record<string, string>): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_MONEY) {
    errors[field] = `error.expected.jsnumber: ${field} is a decimal amount from 0 to ${MAX_MONEY}, e.g. 12.99`;
    return undefined;
  }
  return Math.round(value * 100);
}

function stock(value: unknown, errors: Record<string, string>): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_STOCK) {
    errors.inventory_level = `error.expected.jsnumber: inventory_level is a whole number from 0 to ${MAX_STOCK}`;
    return undefined;
  }
  return value;
}

const decimal = (minor: number | undefined) => (minor === undefined ? 0 : minor / 100);
const tracksVariants = (product: CatalogProduct) => product.options.length > 0;

function productResource(platform: SandboxPlatform, product: CatalogProduct): Record<string, unknown> {
  const base = product.variants[0]!;
  const price = decimal(product.price);
  return {
    id: product.entityId,
    name: product.name.en,
    type: 'physical',
    sku: product.sku,
    description: product.description.en,
    price,
    sale_price: decimal(product.salePrice),
    retail_price: decimal(product.retailPrice),
    calculated_price: product.salePrice !== undefined && product.salePrice < product.price ? decimal(product.salePrice) : price,
    inventory_level: product.variants.reduce((sum, v) => sum + v.stock, 0),
    inventory_tracking: tracksVariants(product) ? 'variant' : 'product',
    is_visible: platform.catalogEdits.product(product.entityId)?.isVisible ?? true,
    categories: product.categoryEntityIds,
    base_variant_id: tracksVariants(product) ? null : base.entityId,
    custom_url: { url: `/${product.slug}/`, is_customized: false },
  };
}

function variantResource(product: CatalogProduct, variant: SeedVariant): Record<string, unknown> {
  return {
    id: variant.entityId,
    product_id: product.entityId,
    sku: variant.sku,
    price: variant.price === undefined ? null : decimal(variant.price),
    calculated_price: decimal(variant.price ?? product.salePrice ?? product.price),
    inventory_level: variant.stock,
    option_values: variant.optionValueIds.map((id) => {
      const option = product.options.find((o) => o.values.some((v) => v.entityId === id));
      const value = option?.values.find((v) => v.entityId === id);
      return { id, label: value?.label ?? '', option_id: option?.entityId ?? null, option_display_name: option?.displayName ?? '' };
    }),
  };
}

function inventoryEvent(platform: SandboxPlatform, product: CatalogProduct, variant: SeedVariant): void {
  if (tracksVariants(product)) {
    const inventory = { product_id: product.entityId, method: 'absolute', value: variant.stock, variant_id: variant.entityId };
    platform.webhooks.emit('store/sku/inventory/updated', { type: 'sku', id: variant.entityId, inventory });
  } else {
    const inventory = { product_id: product.entityId, method: 'absolute', value: variant.stock };
    platform.webhooks.emit('store/product/inventory/updated', { type: 'product', id: product.entityId, inventory });
  }
}

const updateProduct: CatalogRoute = (platform, req, { id }) => {
  const product = platform.store.catalog.productById(entityId(id) ?? -1);
  if (!product) return bcError(404, 'The requested product was not found.', { detail: `No product ${id} in the sandbox catalog.` });
  const body = parse(req);
  if (!('value' in body)) return body;
  if (!isRecord(body.value)) return invalid({ body: 'must be a JSON object of the product fields to change' });
  const input = body.value;
  const errors: Record<string, string> = {};
  const edit: ProductEdit = {};
  if (input.name !== undefined) {
    if (typeof input.name !== 'string' || input.name.trim().length === 0 || input.name.length > 250) errors.name = 'error.expected.jsstring: name is a text of 1 to 250 characters';
    else edit.name = input.name;
  }
  if (input.price !== undefined) edit.price = money(input.price, 'price', errors);
  // BigCommerce shows 0 for "no sale/retail price"; null is taken as the same.
  for (const [field, key] of [['sale_price', 'salePrice'], ['retail_price', 'retailPrice']] as const) {
    if (input[field] === undefined) continue;
    const minor = input[field] === null ? 0 : money(input[field], field, errors);
    if (minor !== undefined) edit[key] = minor === 0 ? null : minor;
  }
  if (input.is_visible !== undefined) {
    if (typeof input.is_visible !== 'boolean') errors.is_visible = 'error.expected.jsboolean: is_visible is true or false';
    else edit.isVisible = input.is_visible;
  }
  let level: number | undefined;
  if (input.inventory_level !== undefined) {
    level = stock(input.inventory_level, errors);
    if (level !== undefined && tracksVariants(product))
      errors.inventory_level = `product ${product.entityId} tracks inventory by variant; set inventory_level on its variants with PUT /v3/catalog/products/${product.entityId}/variants/{variant_id}`;
  }
  if (Object.keys(errors).length > 0) return invalid(errors);
  if (edit.name !== undefined && platform.store.catalog.products.some((p) => p !== product && p.name.en.toLowerCase() === edit.name!.toLowerCase()))
    return jsonResponse(409, { status: 409, title: 'The product name is a duplicate', type: BC_ERROR_TYPE, errors: { name: `another product is already named ${JSON.stringify(edit.name)}; product names are unique` } });

  const before = JSON.stringify(productResource(platform, product));
  applyProductEdit(platform.store.catalog, product.entityId, edit);
  platform.catalogEdits.recordProduct(product.entityId, edit);
  const base = product.variants[0]!;
  const stockChanged = level !== undefined && level !== base.stock;
  if (level !== undefined) base.stock = level;
  const after = productResource(platform, product);
  if (JSON.stringify(after) !== before) platform.webhooks.emit('store/product/updated', { type: 'product', id: product.entityId });
  if (stockChanged) inventoryEvent(platform, product, base);
  return jsonResponse(200, { data: after, meta: {} });
};

const updateVariant: CatalogRoute = (platform, req, { id, variantId }) => {
  const product = platform.store.catalog.productById(entityId(id) ?? -1);
  const variant = product?.variants.find((v) => v.entityId === entityId(variantId));
  if (!product || !variant) return bcError(404, 'The requested variant was not found.', { detail: `No variant ${variantId} of product ${id} in the sandbox catalog.` });
  const body = parse(req);
  if (!('value' in body)) return body;
  if (!isRecord(body.value)) return invalid({ body: 'must be a JSON object of the variant fields to change' });
  const input = body.value;
  const errors: Record<string, string> = {};
  // null removes the variant's own price: it sells at the product's again.
  const price = input.price === undefined ? undefined : input.price === null ? null : money(input.price, 'price', errors);
  const level = input.inventory_level === undefined ? undefined : stock(input.inventory_level, errors);
  if (Object.keys(errors).length > 0) return invalid(errors);
  const priceChanged = price !== undefined && price !== (variant.price ?? null);
  if (priceChanged) {
    if (price === null) delete variant.price;
    else variant.price = price;
    platform.catalogEdits.recordVariantPrice(variant.entityId, price);
    if (tracksVariants(product)) platform.webhooks.emit('store/sku/updated', { type: 'sku', id: variant.entityId, sku: { product_id: product.entityId, variant_id: variant.entityId } });
    else platform.webhooks.emit('store/product/updated', { type: 'product', id: product.entityId });
  }
  if (level !== undefined && level !== variant.stock) {
    variant.stock = level;
    // For a product without options the variant's stock is the product's inventory_level, a field
    // whose change fires store/product/updated too (events page, "Product update events"); one
    // product event per request, as a product PUT that changes price and stock sends.
    if (!tracksVariants(product) && !priceChanged) platform.webhooks.emit('store/product/updated', { type: 'product', id: product.entityId });
    inventoryEvent(platform, product, variant);
  }
  return jsonResponse(200, { data: variantResource(product, variant), meta: {} });
};

/** One item's problem in a batch, keyed as BigCommerce's `errors` object is. */
function categoryItemProblem(platform: SandboxPlatform, item: unknown): string | null {
  if (!isRecord(item)) return 'each item must be an object with category_id';
  if (typeof item.category_id !== 'number' || !Number.isInteger(item.category_id)) return 'category_id is required: an integer';
  if (!platform.store.catalog.categoryById(item.category_id)) return `category ${item.category_id} does not exist`;
  if (item.name !== undefined && (typeof item.name !== 'string' || item.name.trim().length === 0 || item.name.length > 50)) return 'name is a text of 1 to 50 characters';
  if (item.description !== undefined && (typeof item.description !== 'string' || item.description.length > 65_535)) return 'description is a text of at most 65535 characters';
  return null;
}

const MAX_CATEGORY_BATCH = 50;

const updateCategories: CatalogRoute = (platform, req) => {
  const body = parse(req);
  if (!('value' in body)) return body;
  const items = body.value;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_CATEGORY_BATCH)
    return jsonResponse(400, { errors: [{ status: 400, title: `The body must be a list of 1 to ${MAX_CATEGORY_BATCH} categories, each with category_id`, type: BC_ERROR_TYPE }] });
  const errors: Record<string, string> = {};
  let success = 0;
  items.forEach((item, index) => {
    const problem = categoryItemProblem(platform, item);
    if (problem) {
      errors[String(index)] = problem;
      return;
    }
    const { category_id: id, name, description } = item as { category_id: number; name?: string; description?: string };
    const category = platform.store.catalog.categoryById(id)!;
    const changed = (name !== undefined && name !== category.name.en) || (description !== undefined && description !== category.description.en);
    if (name !== undefined) category.name = { ...category.name, en: name };
    if (description !== undefined) category.description = { ...category.description, en: description };
    platform.catalogEdits.recordCategory(id, { ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }) });
    if (changed) platform.webhooks.emit('store/category/updated', { type: 'category', id });
    success += 1;
  });
  const failed = items.length - success;
  const meta = { total: items.length, success, failed };
  if (failed === 0) return jsonResponse(200, { meta });
  const error = { status: 422, title: 'JSON data is missing or invalid', type: BC_ERROR_TYPE, errors };
  return jsonResponse(success === 0 ? 422 : 207, { errors: error, meta });
};

/** The catalog write routes, as `[method, path, route]` for the Management API's router. */
export const catalogRoutes: [method: string, path: string, route: CatalogRoute][] = [
  ['PUT', '/v3/catalog/products/:id', updateProduct],
  ['PUT', '/v3/catalog/products/:id/variants/:variantId', updateVariant],
  ['PUT', '/v3/catalog/trees/categories', updateCategories],
];
