/**
 * `@razem/widgets/consent-banner`: the banner class and its copy, without registering a tag.
 */
export { RazemConsentBanner } from './consent-banner.js';
export { CONSENT_BANNER_COPY, loadBannerCopy, type ConsentBannerCopy } from './locales.js';
