import { type StorefrontProviderProps } from './storefrontContext.js';
declare const StorefrontProvider: import("svelte").Component<StorefrontProviderProps, {}, "">;
type StorefrontProvider = ReturnType<typeof StorefrontProvider>;
export default StorefrontProvider;
