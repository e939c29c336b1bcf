/**
 * `@bc-headless/demo-kit/browser`: what the three demo storefronts share in the browser. No Node
 * imports here (the server side is the package's main entry).
 */
export { messages, LANGUAGES, languageOf, translate, type MessageKey, type Messages } from './messages.js';
export { createRequestLog, type LoggedRequest, type RequestLog } from './createRequestLog.js';
export { demoAddress, COUNTRIES } from './demoAddress.js';
