// Type assertions for server rendering, checked by vue-tsc in `pnpm run typecheck` (the package's tsconfig includes tests/).
import type { DehydratedState } from '@tanstack/vue-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { StorefrontPluginOptions } from '../src/index.js';

describe('server-rendering types', () => {
  it('the plugin takes the dehydrated state of the Nuxt payload (null when there is none)', () => {
    expectTypeOf<StorefrontPluginOptions['state']>().toEqualTypeOf<DehydratedState | null | undefined>();
    // @ts-expect-error the state is an object from dehydrate(), not its JSON text
    const bad: StorefrontPluginOptions['state'] = '{"queries":[]}';
    void bad;
  });
});
