/**
 * `@razem/widgets/consent-settings`: the settings-link class and its copy, without registering a tag.
 */
export { RazemConsentSettings } from './consent-settings.js';
export { CONSENT_SETTINGS_COPY } from './locales.js';
