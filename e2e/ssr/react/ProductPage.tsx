import { useAddToCart, useCart, useSuspenseProduct } from '@bc-headless/react';
import { cartItemCount } from '@bc-headless/core/queries';
import { useEffect, useState } from 'react';

/** The product page every adapter's app renders the same way (see ../support/ssrSuite.ts). */
export function ProductPage({ productId }: { productId: number }) {
  const { data: product } = useSuspenseProduct(productId);
  const cart = useCart();
  const addToCart = useAddToCart();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!product) return <main data-hydrated={hydrated ? 'yes' : 'no'}>Not found</main>;
  return (
    <main data-hydrated={hydrated ? 'yes' : 'no'}>
      <h1>{product.name}</h1>
      <p data-testid="description">{product.description}</p>
      <button type="button" onClick={() => addToCart.mutate({ productEntityId: product.entityId, variantEntityId: product.variants[0]?.entityId, quantity: 1 })}>
        Add to cart
      </button>
      <p data-testid="cart">{`Cart: ${cartItemCount(cart.data)}`}</p>
    </main>
  );
}
