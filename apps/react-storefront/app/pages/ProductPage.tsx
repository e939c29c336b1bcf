import { defaultSelection } from '@bc-headless/core/queries';
import { productView } from '@bc-headless/demo-kit/browser';
import { useAddToCart, useProduct } from '@bc-headless/react';
import { useState, type FormEvent } from 'react';
import { Price } from '../components/Price.js';
import { QueryError } from '../components/QueryError.js';
import { useT } from '../i18n.js';
import { Link, useLocation } from '../router.js';

/** A product page: images, options, the chosen variant's price and stock, "Add to cart". */
export function ProductPage({ entityId }: { entityId: number }) {
  const { t, lang } = useT();
  const product = useProduct(entityId);
  const addToCart = useAddToCart();
  const [selection, setSelection] = useState<Record<number, number> | null>(null);
  const [quantity, setQuantity] = useState(1);
  const [imageIndex, setImageIndex] = useState(0);
  // `?added=1`: the plain-form add to cart (no JavaScript) came back here.
  const added = useLocation().params.get('added') === '1';

  if (product.isPending) return <p className="loading" role="status">{t('product.loading')}</p>;
  if (product.isError) return <QueryError message={t('product.error')} error={product.error} retry={() => void product.refetch()} />;
  const data = product.data;
  if (!data) return <p className="notice">{t('product.notFound')} <Link href="/">{t('common.home')}</Link></p>;

  const chosen = selection ?? defaultSelection(data);
  const { variant, prices, sku, available, stock, stockText, images, description } = productView(data, chosen, lang);
  const image = images[imageIndex] ?? images[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    addToCart.mutate({ productEntityId: data.entityId, ...(variant ? { variantEntityId: variant.entityId } : {}), quantity });
  };

  return (
    <article className="product">
      <div className="gallery">
        {image && <img className="main-image" src={image.url} alt={image.altText || data.name} width={500} height={500} />}
        {images.length > 1 && (
          <div className="thumbs">
            {images.map((img, i) => (
              <button key={img.url} type="button" aria-pressed={i === imageIndex} aria-label={`${data.name} ${i + 1}`} onClick={() => setImageIndex(i)}>
                <img src={img.url} alt="" width={72} height={72} />
              </button>
            ))}
          </div>
        )}
      </div>
      <form className="product-info" method="post" onSubmit={submit}>
        {/* Without JavaScript the form posts to the route's action (routes/product.tsx). */}
        <input type="hidden" name="productEntityId" value={data.entityId} />
        <div>
          <h1>{data.name}</h1>
          <Price prices={prices} />
        </div>
        <p className="muted">{description}</p>
        {data.options.map((option) => (
          <fieldset key={option.entityId} className="option-group">
            <legend>{option.displayName}</legend>
            <div className="option-values">
              {option.values.map((value) => (
                <label key={value.entityId}>
                  <input
                    type="radio"
                    name={`option-${option.entityId}`}
                    value={value.entityId}
                    checked={chosen[option.entityId] === value.entityId}
                    onChange={() => setSelection({ ...chosen, [option.entityId]: value.entityId })}
                  />
                  {value.hexColors?.[0] && <span className="swatch" style={{ background: value.hexColors[0] }} aria-hidden="true" />}
                  {value.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <p className={`stock ${stock}`} role="status">{stockText}</p>
        <div className="buy-row">
          <div className="field">
            <label htmlFor="quantity">{t('product.quantity')}</label>
            <input id="quantity" name="quantity" type="number" min={1} max={available ?? undefined} value={quantity} onChange={(e) => setQuantity(Math.max(1, Number(e.target.value) || 1))} />
          </div>
          <button className="button" type="submit" disabled={stock === 'out' || addToCart.isPending}>
            {addToCart.isPending ? t('product.adding') : t('product.addToCart')}
          </button>
        </div>
        {(addToCart.isSuccess || (addToCart.isIdle && added)) && (
          <p className="notice ok" role="status">{t('product.added')} <Link href="/cart">{t('product.viewCart')}</Link></p>
        )}
        {addToCart.isError && <p className="notice error" role="alert">{t('cart.error')} {addToCart.error.message}</p>}
        <p className="muted">SKU {sku}</p>
      </form>
    </article>
  );
}
