/** English copy of the first layer of <razem-consent-banner>, loaded on demand. */
import type { ConsentBannerCopy } from './locales.js';

const copy: ConsentBannerCopy = {
  title: 'Cookies on this site',
  intro:
    'Necessary cookies keep the site working. We use others only with your consent; Settings describe what each is for. You can withdraw consent at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  privacy: 'Privacy policy',
};
export default copy;
