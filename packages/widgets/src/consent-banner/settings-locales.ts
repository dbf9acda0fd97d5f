/**
 * Copy of the settings layer of <razem-consent-banner>, loaded with that layer. Overridable like
 * the first layer's copy through the consent configuration's `texts`.
 */
import type { RazemLocale } from '../shared/locale.js';

/** Every text of the settings layer (category names and descriptions: `consent/category-locales.ts`). */
export interface ConsentSettingsLayerCopy {
  settingsTitle: string;
  settingsIntro: string;
  save: string;
  services: string;
  alwaysOn: string;
  /** Shown when the browser sends Global Privacy Control and the site still asks. */
  gpc: string;
}

/** Built-in copy of the settings layer. */
export const SETTINGS_LAYER_COPY: Record<RazemLocale, ConsentSettingsLayerCopy> = {
  pl: {
    settingsTitle: 'Ustawienia plików cookie',
    settingsIntro: 'Wybierz kategorie, na które się zgadzasz. Niezbędne są zawsze włączone.',
    save: 'Zapisz wybór',
    services: 'Usługi',
    alwaysOn: 'zawsze włączone',
    gpc: 'Twoja przeglądarka wysyła sygnał Global Privacy Control, więc opcjonalne pliki cookie są wyłączone, dopóki ich nie włączysz.',
  },
  en: {
    settingsTitle: 'Cookie settings',
    settingsIntro: 'Choose the categories you agree to. Necessary cookies are always on.',
    save: 'Save choices',
    services: 'Services',
    alwaysOn: 'always on',
    gpc: 'Your browser sends the Global Privacy Control signal, so optional cookies stay off unless you switch them on.',
  },
  uk: {
    settingsTitle: 'Налаштування файлів cookie',
    settingsIntro: 'Оберіть категорії, на які ви погоджуєтеся. Необхідні завжди увімкнені.',
    save: 'Зберегти вибір',
    services: 'Сервіси',
    alwaysOn: 'завжди увімкнені',
    gpc: 'Ваш браузер надсилає сигнал Global Privacy Control, тому необов’язкові файли cookie вимкнені, доки ви їх не увімкнете.',
  },
};
