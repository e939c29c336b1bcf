import type { GraphQLContext } from '../GraphQLContext.js';
import { blogPostView } from '../views/blogView.js';
import { brandView } from '../views/brandView.js';
import { cartView } from '../views/cartView.js';
import { categoryView } from '../views/categoryView.js';
import { checkoutView } from '../views/checkoutView.js';
import { productView } from '../views/productView.js';
import { webPageView } from '../views/webPageView.js';
import { findAccessibleCart } from './accessibleCart.js';

const WEB_PAGE_TYPES = new Set(['NormalPage', 'ContactPage', 'RawHtmlPage', 'ExternalLinkPage', 'BlogIndexPage']);

/**
 * `Query.node(id:)`: the object behind a global id (base64 of `{Type}:{entityId}`, as every `id`
 * field of the sandbox encodes it): products, variants' products, categories, brands, web pages,
 * blog posts, and carts or checkouts the shopper may see. Anything else, or a malformed id, is
 * null; a cart of another shopper is null too.
 */
export function nodeQuery(ctx: GraphQLContext) {
  return ({ id }: { id: string }) => {
    if (id.length > 200) return null;
    const decoded = Buffer.from(id, 'base64').toString('utf8');
    const match = /^([A-Za-z]+):([A-Za-z0-9-]{1,64})$/.exec(decoded);
    if (!match) return null;
    const [, type, key] = match as unknown as [string, string, string];
    const { catalog } = ctx.store;
    const entityId = /^\d+$/.test(key) ? Number(key) : NaN;
    if (type === 'Product') {
      const product = catalog.productById(entityId);
      return product ? { __typename: 'Product', ...productView(ctx, product) } : null;
    }
    if (type === 'Category') {
      const category = catalog.categoryById(entityId);
      return category ? { __typename: 'Category', ...categoryView(ctx, category) } : null;
    }
    if (type === 'Brand') {
      const brand = catalog.brandById(entityId);
      return brand ? brandView(ctx, brand) : null;
    }
    if (WEB_PAGE_TYPES.has(type)) {
      const page = catalog.webPageById(entityId);
      const view = page ? webPageView(ctx, page) : null;
      return view && view.__typename === type ? view : null;
    }
    if (type === 'BlogPost') {
      const post = catalog.blogPostById(entityId);
      return post && catalog.blog ? blogPostView(ctx, catalog.blog, post) : null;
    }
    if (type === 'Cart' || type === 'Checkout') {
      const cart = findAccessibleCart(ctx, key);
      if (!cart) return null;
      return type === 'Cart' ? { __typename: 'Cart', ...cartView(ctx, cart) } : { __typename: 'Checkout', ...checkoutView(ctx, cart) };
    }
    return null;
  };
}
