/**
 * Hosted checkout: `href` is the handler's `…/checkout`, which redirects through session sync so
 * checkout opens signed in with the same cart; `redirect()` goes there.
 */
export declare function useCheckoutRedirect(): {
    href: string;
    redirect: () => void;
};
