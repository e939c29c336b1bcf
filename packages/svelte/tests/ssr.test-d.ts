import type { DehydratedState } from '@tanstack/svelte-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { StorefrontProviderProps } from '../src/index.js';

describe('server-rendering types', () => {
  it('the provider takes a server load\'s dehydrated state (null when there is none)', () => {
    expectTypeOf<StorefrontProviderProps['state']>().toEqualTypeOf<DehydratedState | null | undefined>();
    // @ts-expect-error the state is an object from dehydrate(), not its JSON text
    const bad: StorefrontProviderProps['state'] = '{"queries":[]}';
    void bad;
  });
});
