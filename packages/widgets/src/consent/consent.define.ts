/**
 * The script a page loads first (`@razem/widgets/consent/define`, CDN `consent/define.js`):
 * starts the consent core with the configuration written in the page (see `dom-config.ts`) and
 * exposes it as `window.razemConsent`. Load it before any tag so the Consent Mode default
 * precedes them.
 *
 * It starts only on pages that configure consent — a `<script type="application/json"
 * id="razem-consent-config">` or a `<razem-consent-banner>` — so bundles that register every
 * Razem element do not put a banner on pages without one. When it runs before the document is
 * parsed and finds neither yet, it looks again once the document is parsed (gated content cannot
 * run meanwhile).
 */
import { createConsentManager } from './consent.js';
import { readDomConfig } from './dom-config.js';

const configured = () => document.querySelector('#razem-consent-config,razem-consent-banner');

function start(): void {
  if (window.razemConsent || !configured()) return;
  createConsentManager(readDomConfig(document));
  // The withdrawal link is tiny and Lit-free; load it only where a page uses it.
  if (document.querySelector('razem-consent-settings')) void import('../consent-settings/consent-settings.define.js');
}

// Imported on a server (SSR, a bundle shared with Node) there is no page to start on.
if (typeof document !== 'undefined') {
  if (document.readyState === 'loading' && !configured()) addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
