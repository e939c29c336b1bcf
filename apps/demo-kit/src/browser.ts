/**
 * `@bc-headless/demo-kit/browser`: what the three demo storefronts share in the browser. No Node
 * imports here (the server side is the package's main entry).
 */
export { messages, LANGUAGES, languageOf, translate, type MessageKey, type Messages } from './messages.js';
export { createRequestLog, type LoggedRequest, type RequestLog } from './createRequestLog.js';
export { demoAddress, COUNTRIES } from './demoAddress.js';
export { createDemoStorefront, type DemoStorefront, type DemoStorefrontOptions } from './createDemoStorefront.js';
export { prefetchFirstView, firstViewParts } from './prefetchFirstView.js';
export { demoInfoQuery, fetchDemoInfo, type DemoInfo } from './demoInfoQuery.js';
export { initialAddress, initialCard, type CardFields } from './checkoutDefaults.js';
export { submitCheckout, type SubmitCheckoutOptions, type SubmitCheckoutOutcome } from './submitCheckout.js';
export { matchRoute, type DemoRoute, type Paging } from './matchRoute.js';
export { productListVariables, pagerHrefs, type CatalogParams } from './catalogPaging.js';
export { productView, LOW_STOCK, type ProductView } from './productView.js';
export { priceTag, type PriceTag } from './priceTag.js';
export { watchStoreOutage } from './watchStoreOutage.js';
export { followRedirect } from './followRedirect.js';
export { loginErrorText } from './loginErrorText.js';
export { currentHref, subscribeToLocation, navigate, isPlainLeftClick } from './historyLocation.js';
