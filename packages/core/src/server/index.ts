/**
 * `@bc-headless/core/server`: what a storefront's own server does between the shopper's browser
 * and BigCommerce. Never imported by the browser entry.
 */
export {};
