import { defaultSelection } from '@bc-headless/core/queries';
import { productView } from '@bc-headless/demo-kit/browser';
import { data } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { ProductPage } from '../pages/ProductPage.js';
import { useDemoRoute } from '../router.js';
import { formInt, runMutation, seeOther, shopperContext } from '../shopperAction.server.js';
import type { Route } from './+types/product';

/**
 * "Add to cart" without JavaScript: the product form's plain POST. The variant is the one the
 * chosen option values name (the product read as this shopper), as the page computes it.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const { ctx } = shopperContext(request, context);
  const form = await request.formData();
  const entityId = formInt(form, 'productEntityId', 1);
  if (entityId === null) return data({ error: 'productEntityId must be a product id.' }, { status: 400 });
  const product = await ctx.queryClient.fetchQuery(ctx.queries.product(entityId, ctx.state));
  if (!product) return data({ error: `No product ${entityId}.` }, { status: 404 });
  const chosen = { ...defaultSelection(product) };
  for (const option of product.options) {
    const value = formInt(form, `option-${option.entityId}`, 1);
    if (value !== null && option.values.some((v) => v.entityId === value)) chosen[option.entityId] = value;
  }
  const { variant } = productView(product, chosen, 'en');
  try {
    await runMutation(ctx, ctx.queries.addToCart(), { productEntityId: entityId, ...(variant ? { variantEntityId: variant.entityId } : {}), quantity: formInt(form, 'quantity', 1, 9999) ?? 1 });
  } catch (error) {
    return data({ error: (error as Error).message }, { status: 502 });
  }
  return seeOther(request, ctx, `${new URL(request.url).pathname}?added=1`);
}

/** `/product/:id/:slug?` (an unknown product answers 404: the root loader). */
export default function Product() {
  const route = useDemoRoute();
  return route.name === 'product' ? <ProductPage key={route.key} entityId={route.entityId} /> : <NotFoundPage />;
}
