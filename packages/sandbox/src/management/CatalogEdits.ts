import type { Catalog } from '../catalog/createCatalog.js';

/** What a Management API write changed on one product (money in minor units; null removes it). */
export interface ProductEdit {
  name?: string;
  price?: number;
  salePrice?: number | null;
  retailPrice?: number | null;
  isVisible?: boolean;
}

/** What a write changed on one category (its default-locale texts). */
export interface CategoryEdit {
  name?: string;
  description?: string;
}

/** What a data dir keeps of the catalog writes (stock is kept by the store's own snapshot). */
export interface CatalogEditsSnapshot {
  products: Array<[number, ProductEdit]>;
  variantPrices: Array<[number, number | null]>;
  categories: Array<[number, CategoryEdit]>;
}

/**
 * The Management API's catalog writes, remembered apart from the catalog. The writes change the
 * catalog objects in place (so GraphQL answers them at once); this record exists so a data dir can
 * put them back over the seeded catalog at the next start, and so REST can answer `is_visible`,
 * which the seeded catalog does not have.
 */
export interface CatalogEdits {
  product(id: number): ProductEdit | undefined;
  recordProduct(id: number, edit: ProductEdit): void;
  recordVariantPrice(variantId: number, price: number | null): void;
  recordCategory(id: number, edit: CategoryEdit): void;
  /** Writes every recorded edit onto a catalog (after a restore from the data dir). */
  applyTo(catalog: Catalog): void;
  clear(): void;
  snapshot(): CatalogEditsSnapshot;
  restore(snapshot: CatalogEditsSnapshot): void;
}

/** Sets or removes an optional minor-units field. */
function setMoney<T extends object>(target: T, key: keyof T, value: number | null | undefined): void {
  if (value === undefined) return;
  if (value === null) delete target[key];
  else (target as Record<keyof T, unknown>)[key] = value;
}

/** Writes a product edit onto the catalog's product (name in the default locale `en`). */
export function applyProductEdit(catalog: Catalog, id: number, edit: ProductEdit): void {
  const product = catalog.productById(id);
  if (!product) return;
  if (edit.name !== undefined) product.name = { ...product.name, en: edit.name };
  if (edit.price !== undefined) product.price = edit.price;
  setMoney(product, 'salePrice', edit.salePrice);
  setMoney(product, 'retailPrice', edit.retailPrice);
}

/** Creates an empty record of catalog writes. */
export function createCatalogEdits(): CatalogEdits {
  const products = new Map<number, ProductEdit>();
  const variantPrices = new Map<number, number | null>();
  const categories = new Map<number, CategoryEdit>();
  return {
    product: (id) => products.get(id),
    recordProduct: (id, edit) => products.set(id, { ...products.get(id), ...edit }),
    recordVariantPrice: (id, price) => variantPrices.set(id, price),
    recordCategory: (id, edit) => categories.set(id, { ...categories.get(id), ...edit }),
    applyTo(catalog) {
      for (const [id, edit] of products) applyProductEdit(catalog, id, edit);
      for (const [id, price] of variantPrices) {
        const found = catalog.variantById(id);
        if (found) setMoney(found.variant, 'price', price);
      }
      for (const [id, edit] of categories) {
        const category = catalog.categoryById(id);
        if (!category) continue;
        if (edit.name !== undefined) category.name = { ...category.name, en: edit.name };
        if (edit.description !== undefined) category.description = { ...category.description, en: edit.description };
      }
    },
    clear() {
      products.clear();
      variantPrices.clear();
      categories.clear();
    },
    snapshot: () => structuredClone({ products: [...products], variantPrices: [...variantPrices], categories: [...categories] }),
    restore(snapshot) {
      products.clear();
      variantPrices.clear();
      categories.clear();
      for (const [id, edit] of structuredClone(snapshot.products)) products.set(id, edit);
      for (const [id, price] of snapshot.variantPrices) variantPrices.set(id, price);
      for (const [id, edit] of structuredClone(snapshot.categories)) categories.set(id, edit);
    },
  };
}
