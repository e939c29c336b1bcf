import { getStorefrontContext } from './storefrontContext.js';
/** The shopper's locale, readable and settable (see `LocaleStore`). */
export function useLocale() {
    const { session, sessionState, client } = getStorefrontContext('useLocale');
    const fallback = client.config.locale ?? null;
    return {
        subscribe: (run) => sessionState.subscribe((state) => run(state.locale ?? fallback)),
        set: session.setLocale,
        get current() {
            return sessionState.current.locale ?? fallback;
        },
        set current(locale) {
            session.setLocale(locale);
        },
    };
}
