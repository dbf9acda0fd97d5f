/**
 * Copy of <razem-consent-settings> in Polish, English and Ukrainian. Pages replace it per element
 * with their own text as the element's content.
 */
import type { RazemLocale } from '../shared/locale.js';

/** Label of the button or link that reopens the cookie settings. */
export const CONSENT_SETTINGS_COPY: Record<RazemLocale, string> = {
  pl: 'Ustawienia plików cookie',
  en: 'Cookie settings',
  uk: 'Налаштування файлів cookie',
};
