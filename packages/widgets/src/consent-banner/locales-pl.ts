/** Polish copy of the first layer of <razem-consent-banner>, loaded on demand like the others. */
import type { ConsentBannerCopy } from './locales.js';

const copy: ConsentBannerCopy = {
  title: 'Pliki cookie na tej stronie',
  intro:
    'Niezbędne pliki cookie zapewniają działanie strony. Innych użyjemy tylko za Twoją zgodą; ich cele opisują Ustawienia. Zgodę możesz zawsze wycofać.',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  settings: 'Ustawienia',
  privacy: 'Polityka prywatności',
};
export default copy;
