/**
 * Consent bench page: vanilla-cookieconsent with its stylesheet, the same four categories and a
 * Polish first layer with accept, reject and settings, as Razem's.
 */
import * as CookieConsent from 'vanilla-cookieconsent';
import 'vanilla-cookieconsent/dist/cookieconsent.css';
import { deferred, resources, whenVisible } from './consent-common.ts';

const bannerInteractive = whenVisible(() =>
  document.documentElement.classList.contains('show--consent') ? document.querySelector('#cc-main .cm__btn') : null,
);
const applied = deferred<number>();

window.benchConsent = {
  bannerInteractive,
  decisionApplied: applied.promise,
  acceptAll: async () => {
    CookieConsent.acceptCategory('all');
  },
  resources,
};

const description = 'Używamy plików cookie, aby strona działała, oraz — za Twoją zgodą — do statystyk i marketingu.';
CookieConsent.run({
  // Otherwise it stays hidden in an automated browser (navigator.webdriver).
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    preferences: {},
    analytics: {},
    marketing: {},
  },
  onConsent: () => {
    if (CookieConsent.validConsent()) applied.resolve(performance.now() - window.__benchStart);
  },
  language: {
    default: 'pl',
    translations: {
      pl: {
        consentModal: {
          title: 'Szanujemy Twoją prywatność',
          description,
          acceptAllBtn: 'Akceptuj wszystkie',
          acceptNecessaryBtn: 'Odrzuć wszystkie',
          showPreferencesBtn: 'Ustawienia',
        },
        preferencesModal: {
          title: 'Ustawienia plików cookie',
          acceptAllBtn: 'Akceptuj wszystkie',
          acceptNecessaryBtn: 'Odrzuć wszystkie',
          savePreferencesBtn: 'Zapisz wybór',
          sections: [
            { title: 'Niezbędne', description: 'Potrzebne, by strona działała.', linkedCategory: 'necessary' },
            { title: 'Preferencje', description: 'Zapamiętują Twoje ustawienia.', linkedCategory: 'preferences' },
            { title: 'Statystyki', description: 'Pomagają nam ulepszać stronę.', linkedCategory: 'analytics' },
            { title: 'Marketing', description: 'Dopasowują reklamy.', linkedCategory: 'marketing' },
          ],
        },
      },
    },
  },
}).catch((error: unknown) => console.error("run failed", error));
