/**
 * `@razem/widgets/consent`: the headless consent core, without side effects. Most pages load
 * `consent/auto` instead, which starts it from the page's markup.
 */
export { createConsentManager } from './consent.js';
export { CHANGE_EVENT } from './effects.js';
export { DEFAULT_CATEGORIES, DEFAULT_SIGNALS, resolveConfig } from './config.js';
export { DEFAULT_COOKIES } from './cookies.js';
export { readDomConfig } from './dom-config.js';
export type * from './types.js';
