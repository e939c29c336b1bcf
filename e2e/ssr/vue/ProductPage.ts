import { cartItemCount } from '@bc-headless/core/queries';
import { useAddToCart, useCart, useProduct } from '@bc-headless/vue';
import { defineComponent, h, onMounted, onServerPrefetch, ref } from 'vue';

/** The product page every adapter's app renders the same way (see ../support/ssrSuite.ts). */
export const ProductPage = defineComponent({
  props: { productId: { type: Number, required: true } },
  setup(props) {
    const product = useProduct(() => props.productId);
    const cart = useCart();
    const addToCart = useAddToCart();
    const hydrated = ref(false);
    // Nuxt's idiom: the server waits for the page's query; the browser finds it in the hydrated cache.
    onServerPrefetch(() => Promise.all([product.suspense(), cart.suspense()]));
    onMounted(() => (hydrated.value = true));
    return () => {
      const p = product.data.value;
      if (!p) return h('main', { 'data-hydrated': hydrated.value ? 'yes' : 'no' }, 'Not found');
      return h('main', { 'data-hydrated': hydrated.value ? 'yes' : 'no' }, [
        h('h1', p.name),
        h('p', { 'data-testid': 'description' }, p.description),
        h('button', { type: 'button', onClick: () => addToCart.mutate({ productEntityId: p.entityId, variantEntityId: p.variants[0]?.entityId, quantity: 1 }) }, 'Add to cart'),
        h('p', { 'data-testid': 'cart' }, `Cart: ${cartItemCount(cart.data.value)}`),
      ]);
    };
  },
});
