import { createStorefrontClient } from '@bc-headless/core';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { getStorefrontContext, setStorefrontContext, useAddToCart, useLocale, useProducts, useSession } from '../src/index.js';
import Bare from './fixtures/Bare.svelte';
import LateHook from './fixtures/LateHook.svelte';
import Provide from './fixtures/Provide.svelte';

const client = createStorefrontClient({ storeHash: 'abc123', endpoints: { graphql: 'http://127.0.0.1:9/graphql' } });
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
};

describe('misuse fails with an error that says what to do', () => {
  it('outside component initialisation: names the API and where to call it; Svelte’s error is the cause', () => {
    for (const [api, run] of [
      ['useProducts', () => useProducts()],
      ['useSession', () => useSession()],
      ['useLocale', () => useLocale()],
      ['useAddToCart', () => useAddToCart()],
      ['getStorefrontContext', () => getStorefrontContext()],
      ['setStorefrontContext', () => setStorefrontContext({ client })],
    ] as const) {
      const error = thrown(run);
      expect(error.message).toBe(`${api}: call it while a component initialises (top level of its <script>), not in an event handler, effect or after an await`);
      expect(error.name).toBe('StorefrontConfigError');
      expect((error.cause as Error).message).toMatch(/lifecycle_outside_component/);
    }
  });

  it('from an event handler of a mounted component: the same message', async () => {
    render(Provide, { props: { options: { client }, component: LateHook as never, props: {} } });
    await fireEvent.click(screen.getByRole('button', { name: 'Late' }));
    expect(screen.getByRole('alert').textContent).toMatch(/^useCart: call it while a component initialises/);
  });

  it('without a provider: says to add <StorefrontProvider> or setStorefrontContext', () => {
    expect(() => render(Bare)).toThrow(
      'useCart: no storefront above this component; wrap the app in <StorefrontProvider {client}> or call setStorefrontContext({ client }) in a parent',
    );
  });

  it('a missing client or a bad option fails at creation', () => {
    expect(() => render(Provide, { props: { options: {} as never, component: Bare as never, props: {} } })).toThrow(
      'setStorefrontContext: options.client is required (createStorefrontClient)',
    );
    expect(() => render(Provide, { props: { options: { client, imageWidth: 0 }, component: Bare as never, props: {} } })).toThrow(/storefrontQueries: options.imageWidth must be a positive integer/);
  });
});
