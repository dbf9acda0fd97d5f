/**
 * First module of the Razem consent page: starts watching for the banner before the consent
 * core's module runs (ES modules run in import order), and sets up `window.benchConsent`.
 */
// The core's types declare `window.razemConsent`.
import type {} from '@razem/widgets/consent';
import { deferred, resources, whenVisible } from './consent-common.ts';

const banner = () => document.querySelector('razem-consent-banner[open]');

/** Resolved by the page once the core has applied a stored decision. */
export const applied = deferred<number>();

window.benchConsent = {
  bannerInteractive: whenVisible(() => banner()?.shadowRoot?.querySelector('.panel button')),
  decisionApplied: applied.promise,
  acceptAll: async () => {
    await window.razemConsent!.acceptAll();
  },
  resources,
};
