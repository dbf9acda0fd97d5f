/**
 * Registers <razem-consent-banner>. The consent core imports this file only when a decision is
 * needed or `show()` is called; import it yourself to place the banner in your own markup.
 */
import type { ConsentState } from '../consent/types.js';
import { define } from '../shared/define.js';
import { VERSION } from '../shared/version.js';
import { RazemConsentBanner } from './consent-banner.js';

define('razem-consent-banner', RazemConsentBanner, VERSION);

export { RazemConsentBanner };

declare global {
  interface HTMLElementTagNameMap {
    'razem-consent-banner': RazemConsentBanner;
  }
  interface HTMLElementEventMap {
    'razem-consent-change': CustomEvent<ConsentState>;
  }
  interface DocumentEventMap {
    'razem-consent-change': CustomEvent<ConsentState>;
  }
}
