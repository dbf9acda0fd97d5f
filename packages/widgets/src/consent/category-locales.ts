/**
 * Names and descriptions of the default categories in Polish, English and Ukrainian, shared by
 * the banner's settings layer and the embed placeholders. Loaded only with UI code.
 */
import type { ConsentCategory, Locale, LocalizedString } from './types.js';

type CategoryCopy = Record<string, { label: string; description: string }>;

/** Copy of the built-in categories per language. */
export const CATEGORY_COPY: Record<Locale, CategoryCopy> = {
  pl: {
    necessary: {
      label: 'Niezbędne',
      description:
        'Potrzebne do działania strony, np. zapamiętania Twojego wyboru dotyczącego plików cookie. Nie można ich wyłączyć.',
    },
    preferences: {
      label: 'Preferencje',
      description: 'Zapamiętują Twoje ustawienia, np. język lub region, aby strona działała wygodniej.',
    },
    analytics: {
      label: 'Analityczne',
      description: 'Pomagają nam zrozumieć, jak korzystasz ze strony, abyśmy mogli ją ulepszać. Dane są zbiorcze.',
    },
    marketing: {
      label: 'Marketingowe',
      description:
        'Pozwalają nam i naszym partnerom wyświetlać treści i reklamy dopasowane do Twoich zainteresowań, także na innych stronach.',
    },
  },
  en: {
    necessary: {
      label: 'Necessary',
      description: 'Needed for the site to work, e.g. to remember your cookie choice. They cannot be switched off.',
    },
    preferences: {
      label: 'Preferences',
      description: 'Remember your settings, such as language or region, to make the site easier to use.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Help us understand how the site is used so we can improve it. Data is aggregated.',
    },
    marketing: {
      label: 'Marketing',
      description: 'Let us and our partners show content and ads matched to your interests, also on other sites.',
    },
  },
  uk: {
    necessary: {
      label: 'Необхідні',
      description:
        'Потрібні для роботи сайту, наприклад, щоб запам’ятати ваш вибір щодо файлів cookie. Їх не можна вимкнути.',
    },
    preferences: {
      label: 'Налаштування',
      description: 'Запам’ятовують ваші налаштування, як-от мову чи регіон, щоб сайтом було зручніше користуватися.',
    },
    analytics: {
      label: 'Аналітичні',
      description: 'Допомагають нам зрозуміти, як використовується сайт, щоб його покращувати. Дані узагальнені.',
    },
    marketing: {
      label: 'Маркетингові',
      description:
        'Дозволяють нам і нашим партнерам показувати вміст і рекламу відповідно до ваших інтересів, також на інших сайтах.',
    },
  },
};

/** A configured text in `lang`, falling back to Polish, then to any language given. */
export function localize(text: LocalizedString | undefined, lang: Locale): string | undefined {
  if (text == null || typeof text === 'string') return text;
  return text[lang] ?? text.pl ?? Object.values(text)[0];
}

/** Label of a category: configured, else built in, else its id. */
export const categoryLabel = (category: ConsentCategory, lang: Locale): string =>
  localize(category.label, lang) ?? CATEGORY_COPY[lang][category.id]?.label ?? category.id;

/** Description of a category: configured, else built in, else empty. */
export const categoryDescription = (category: ConsentCategory, lang: Locale): string =>
  localize(category.description, lang) ?? CATEGORY_COPY[lang][category.id]?.description ?? '';
