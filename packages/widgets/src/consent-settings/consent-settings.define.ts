/**
 * Registers <razem-consent-settings>. The consent core's auto-start imports it when the page
 * contains the element; import it yourself when you add the element later.
 *
 * Registered without the shared `define()` helper on purpose: that helper lives in the shared
 * runtime chunk with Lit, and this link must stay a few hundred bytes on every page a returning
 * visitor sees. A second copy on the page is ignored the same way.
 */
import { RazemConsentSettings } from './consent-settings.js';

// No registry on a server without a DOM shim: nothing to register there.
const registry = globalThis.customElements;
if (registry && !registry.get('razem-consent-settings')) registry.define('razem-consent-settings', RazemConsentSettings);

export { RazemConsentSettings };

declare global {
  interface HTMLElementTagNameMap {
    'razem-consent-settings': RazemConsentSettings;
  }
}
