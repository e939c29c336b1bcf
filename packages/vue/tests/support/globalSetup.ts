import type { TestProject } from 'vitest/node';
import { startHandlerStack } from '../../../../tools/test-stack/startHandlerStack.mjs';

/** A seeded product as the tests need it: its id, its names by locale, its categories. */
export interface SeedProductInfo {
  entityId: number;
  name: { en: string; [locale: string]: string | undefined };
  categoryEntityIds: number[];
  /** A purchasable variant (the first), or null for a product without options. */
  variantEntityId: number | null;
}

/** Where the stack listens and what the seeded store holds, handed to the tests with `inject('vueStack')`. */
export interface StackInfo {
  sandboxUrl: string;
  storeHash: string;
  origin: string;
  api: string;
  products: SeedProductInfo[];
  customer: { email: string; password: string; firstName: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    vueStack: StackInfo;
  }
}

/**
 * Starts the real stack once for the project, in Node (happy-dom replaces globals such as URL
 * that the sandbox relies on): the sandbox and the storefront handler in front of it, both on
 * 127.0.0.1 port 0. Tests never reset it: each opens its own tab (cookies, cart, session), so
 * files can run in parallel.
 */
export default async function setup(project: TestProject) {
  const { sandbox, origin, api, close } = await startHandlerStack();
  const [customer] = sandbox.customers;
  project.provide('vueStack', {
    sandboxUrl: sandbox.url,
    storeHash: sandbox.storeHash,
    origin,
    api,
    products: sandbox.store.catalog.products.map((p) => ({
      entityId: p.entityId,
      name: { ...p.name },
      categoryEntityIds: [...p.categoryEntityIds],
      variantEntityId: p.variants[0]?.entityId ?? null,
    })),
    customer: { email: customer!.email, password: customer!.password, firstName: customer!.firstName! },
  });
  return close;
}
