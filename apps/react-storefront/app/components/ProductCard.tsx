import type { ProductCardResult } from '@bc-headless/core/queries';
import { priceTag } from '@bc-headless/demo-kit/browser';
import { useT } from '../i18n.js';
import { Link } from '../router.js';
import { Price } from './Price.js';

/** The app path of a product page. */
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
