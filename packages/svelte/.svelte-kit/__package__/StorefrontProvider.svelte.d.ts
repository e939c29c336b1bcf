import type { Snippet } from 'svelte';
import { type StorefrontOptions } from './storefrontContext.js';
/** Props of `<StorefrontProvider>`: the storefront's options and the tree that uses it. */
interface Props extends StorefrontOptions {
    children: Snippet;
}
declare const StorefrontProvider: import("svelte").Component<Props, {}, "">;
type StorefrontProvider = ReturnType<typeof StorefrontProvider>;
export default StorefrontProvider;
//# sourceMappingURL=StorefrontProvider.svelte.d.ts.map