import type { ProductCardResult } from '@bc-headless/core/queries';
import { priceTag } from '@bc-headless/demo-kit/browser';
import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { Price } from './Price.js';

/**
 * A product page's address in the app, by entity id (`/product/111/house-blend`). Not BigCommerce's
 * path (`/house-blend/`, which also renders, routes/notFound.tsx): the store may redirect a path
 * that a live product still has (a redirect wins, as in Catalyst), so a link by path could open
 * another product than the card shows.
 */
export const productHref = (product: { entityId: number; path: string }) => `/product/${product.entityId}${product.path.replace(/\/$/, '')}`;

/** One product in the grid: image, name and price, linking to its page. */
export function ProductCard({ product }: { product: ProductCardResult }) {
  const { t } = useT();
  const prices = product.prices;
  const onSale = priceTag(prices)?.onSale;
  return (
    <article className="product-card">
      <Link href={productHref(product)}>
        {product.defaultImage ? (
          <img src={product.defaultImage.url} alt={product.defaultImage.altText || product.name} loading="lazy" width={500} height={500} />
        ) : (
          <div className="image-placeholder" aria-hidden="true" />
        )}
        <div className="body">
          <h2>{product.name}</h2>
          <div>
            <Price prices={prices} /> {onSale && <span className="badge">{t('product.sale')}</span>}
          </div>
        </div>
      </Link>
    </article>
  );
}
