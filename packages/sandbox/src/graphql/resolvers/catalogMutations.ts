import { apiError } from '../apiError.js';
import type { GraphQLContext } from '../GraphQLContext.js';

/** Longest title/author and text the sandbox keeps (its own limits: BigCommerce publishes none). */
const MAX_SHORT = 255;
const MAX_TEXT = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface ProductReviewInput {
  author: string;
  email?: string | null;
  rating: number;
  text: string;
  title: string;
}

const error = (typeName: string, message: string, extra: Record<string, unknown> = {}) => ({ __typename: typeName, message, ...extra });

/**
 * `Mutation.catalog { addProductReview }` as bigcommerce/docs `docs/storefront/graphql/product-reviews.mdx`
 * describes it: errors come back in `errors` (an empty list is success), not as GraphQL errors; a
 * guest must give an email, a signed-in customer's account email is used (a different one is
 * refused); one review per product and email. The sandbox approves reviews at once, so they show
 * in `reviews`, `reviewSummary` and BEST_REVIEWED sorting straight away, and ignores `reCaptchaV2`
 * (its store has reCAPTCHA off).
 */
export function catalogMutations(ctx: GraphQLContext) {
  return {
    addProductReview: ({ input }: { input: { productEntityId: number; review: ProductReviewInput } }) => {
      const { catalog } = ctx.store;
      // `Long` has no parser in the sandbox's SDL-built schema, so a string would get this far; BigCommerce refuses it in validation.
      if (typeof input.productEntityId !== 'number' || !Number.isSafeInteger(input.productEntityId)) {
        throw apiError(`Invalid value ${JSON.stringify(input.productEntityId)} for AddProductReviewInput.productEntityId: it must be a whole number (Long), the product's entityId.`, 'BAD_USER_INPUT');
      }
      // "Overall enable product reviews" off cancels any submission (product-reviews.mdx, "Store settings").
      if (catalog.storeSettings.reviewsEnabled === false) {
        return { errors: [error('NotAuthorizedToAddProductReviewError', 'Product reviews are turned off for this store (site.settings.reviews.enabled is false).')] };
      }
      const product = catalog.productById(input.productEntityId);
      if (!product) {
        return { errors: [error('ProductIdNotFoundError', `Product ${input.productEntityId} was not found: pass the entityId of a product of this store.`)] };
      }
      const { review } = input;
      const customerEmail = ctx.customer?.email ?? null;
      const given = review.email?.trim() || null;
      const invalid: string[] = [];
      if (!Number.isInteger(review.rating) || review.rating < 1 || review.rating > 5) invalid.push('rating');
      if (!review.title.trim() || review.title.length > MAX_SHORT) invalid.push('title');
      if (!review.text.trim() || review.text.length > MAX_TEXT) invalid.push('text');
      if (!review.author.trim() || review.author.length > MAX_SHORT) invalid.push('author');
      if (customerEmail ? given !== null && given.toLowerCase() !== customerEmail.toLowerCase() : given === null || !EMAIL.test(given) || given.length > MAX_SHORT) invalid.push('email');
      if (invalid.length > 0) {
        return {
          errors: [error('InvalidInputFieldsError',
            `Invalid review fields: ${invalid.join(', ')}. The rating is a whole number from 1 to 5; title and author are 1–${MAX_SHORT} characters, text 1–${MAX_TEXT}; a guest gives a valid email and a signed-in customer gives none or their account's.`,
            { fields: invalid })],
        };
      }
      const email = (customerEmail ?? given!).toLowerCase();
      if (catalog.reviewsOf(product.entityId).some((r) => r.email?.toLowerCase() === email)) {
        return { errors: [error('CustomerAlreadyReviewedProductError', `${email} has already reviewed product ${product.entityId}: one review per product and email.`)] };
      }
      catalog.addReview({
        productEntityId: product.entityId,
        rating: review.rating,
        title: review.title.trim(),
        text: review.text.trim(),
        author: review.author.trim(),
        email,
        createdAt: new Date(ctx.deps.clock.now()).toISOString(),
      });
      return { errors: [] };
    },
  };
}
