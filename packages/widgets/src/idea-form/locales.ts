/**
 * Copy of <razem-idea-form>: Polish here, English and Ukrainian in their own modules that only
 * pages in those languages download. Any entry can be replaced per element through the `strings`
 * property or the JSON child. Error messages follow the GOV.UK style: say what to do, no blame.
 */
import type { AuthorRole, IdeaCategory, IdeaStatus } from '@razem/contract';
import type { PluralCopy } from '../shared/locale.js';
import type { Catalog } from '../shared/localize.js';

/**
 * Messages of invalid fields, keyed `<field><Kind>` (see `FieldIssue`). `{chars}` becomes the
 * contract's limit with its plural form (`5 znaków`, `1 character`).
 */
export interface IdeaErrorCopy {
  titleRequired: string;
  titleTooShort: string;
  titleTooLong: string;
  descriptionRequired: string;
  descriptionTooShort: string;
  descriptionTooLong: string;
  categoryRequired: string;
  authorRoleRequired: string;
  nameTooLong: string;
  emailFormat: string;
  municipalityTooLong: string;
  privacyConsentRequired: string;
  /** Any other problem the server reports on a field. */
  invalid: string;
}

/** Every text the idea form shows. */
export interface IdeaFormCopy extends IdeaErrorCopy {
  /** Accessible name of the form. */
  formLabel: string;
  /** After the labels of fields that may stay empty. */
  optional: string;
  titleLabel: string;
  titleHint: string;
  descriptionLabel: string;
  descriptionHint: string;
  /** A number of characters (`{count}`), used in counters and length errors. */
  chars: PluralCopy;
  /** Counter under the description; `{count}` is how many characters are left / too many. */
  charsLeft: PluralCopy;
  charsOver: PluralCopy;
  categoryLabel: string;
  roleLabel: string;
  /** The empty first option of selects. */
  choose: string;
  aboutYou: string;
  aboutYouHint: string;
  nameLabel: string;
  emailLabel: string;
  emailHint: string;
  municipalityLabel: string;
  privacyHeading: string;
  /** Default information clause; the `privacy-notice` slot replaces it. */
  privacyText: string;
  privacyLink: string;
  consentLabel: string;
  /** Label of the hidden honeypot field (only bots read it). */
  honeypotLabel: string;
  submit: string;
  /** Visually hidden before each inline error message. */
  errorPrefix: string;
  /** Visually hidden after the privacy notice link. */
  newTab: string;
  sending: string;
  clearDraft: string;
  draftRestored: string;
  draftCleared: string;
  /** Puts back what "Clear form" took away (offered until the next edit). */
  undo: string;
  /** Another tab or window of the browser cleared the same draft. */
  clearedElsewhere: string;
  summaryTitle: string;
  /** The API refused the idea (or the page set no API address) for a reason no field explains. */
  refused: string;
  /**
   * The draft was already sent from another tab or window (`409 idempotency_conflict`, or seen in
   * storage) and differs from what was sent; followed by its tracking code when known.
   */
  conflict: string;
  /** Sends the person's version of a conflicting draft as a new idea. */
  sendAsNew: string;
  /** On the success screen, when the idea was sent from another tab or window. */
  sentElsewhere: string;
  /** On the success screen, when the API's answer (with the tracking code) could not be read. */
  codeUnreadable: string;
  /** On the success screen, when the person typed while the idea was sending. */
  editedWhileSending: string;
  /** The queued screens: sending happens only while a page with the form is open. */
  queuedOffline: string;
  queuedRetrying: string;
  /** `{minutes}` becomes e.g. `5 minut`. */
  rateLimited: string;
  minutes: PluralCopy;
  /** An idea waited in the outbox longer than 7 days: back in the form, not sent on its own. */
  expired: string;
  sendNow: string;
  successTitle: string;
  codeLabel: string;
  successHint: string;
  submitAnother: string;
  checkStatus: string;
  statusTitle: string;
  codeHint: string;
  codeInvalid: string;
  check: string;
  checking: string;
  statusNotFound: string;
  statusFailed: string;
  statusLabel: string;
  noteLabel: string;
  receivedLabel: string;
  updatedLabel: string;
  backToForm: string;
  statuses: Record<IdeaStatus, string>;
  categories: Record<IdeaCategory, string>;
  roles: Record<AuthorRole, string>;
}

const pl: IdeaFormCopy = {
  formLabel: 'Zgłoś pomysł',
  optional: '(nieobowiązkowe)',
  titleLabel: 'Tytuł pomysłu',
  titleHint: 'Krótko, w kilku słowach, np. „Opera na odkrywce”.',
  descriptionLabel: 'Opis pomysłu',
  descriptionHint: 'Na czym polega pomysł, komu pomoże i kto mógłby go zrealizować.',
  chars: { one: '{count} znak', few: '{count} znaki', many: '{count} znaków', other: '{count} znaku' },
  charsLeft: { other: 'Pozostało znaków: {count}' },
  charsOver: { other: 'Za dużo znaków: {count}' },
  categoryLabel: 'Obszar',
  roleLabel: 'Zgłaszasz jako',
  choose: 'Wybierz…',
  aboutYou: 'O Tobie',
  aboutYouHint: 'Podaj e-mail, jeśli chcesz, abyśmy mogli odpowiedzieć na Twój pomysł.',
  nameLabel: 'Imię i nazwisko',
  emailLabel: 'Adres e-mail',
  emailHint: 'Nie publikujemy go.',
  municipalityLabel: 'Gmina lub miejscowość',
  privacyHeading: 'Twoje dane osobowe',
  privacyText:
    'Administratorem danych są partnerzy porozumienia. Dane z formularza przetwarzamy tylko po to, aby rozpatrzyć pomysł i na niego odpowiedzieć (art. 6 ust. 1 lit. a RODO). Podanie danych jest dobrowolne. Możesz żądać dostępu do danych, ich sprostowania lub usunięcia i w każdej chwili wycofać zgodę.',
  privacyLink: 'Pełna klauzula informacyjna',
  consentLabel: 'Zapoznałem się / zapoznałam się z klauzulą informacyjną i zgadzam się na przetwarzanie moich danych w celu rozpatrzenia pomysłu.',
  honeypotLabel: 'Zostaw to pole puste',
  submit: 'Wyślij pomysł',
  errorPrefix: 'Błąd:',
  newTab: '(otwiera się w nowej karcie)',
  sending: 'Wysyłanie…',
  clearDraft: 'Wyczyść formularz',
  draftRestored: 'Przywróciliśmy wersję roboczą, którą zacząłeś / zaczęłaś wcześniej.',
  draftCleared: 'Formularz został wyczyszczony.',
  undo: 'Przywróć',
  clearedElsewhere: 'Formularz wyczyszczono w innej karcie lub innym oknie.',
  summaryTitle: 'Popraw błędy w formularzu',
  refused: 'Nie udało się wysłać pomysłu. Twój tekst został zachowany — spróbuj ponownie później.',
  conflict:
    'Ten pomysł został już wysłany w innej karcie lub innym oknie, więc Twoje zmiany nie zostały wysłane. Możesz wysłać tę wersję jako nowy pomysł.',
  sendAsNew: 'Wyślij jako nowy pomysł',
  sentElsewhere: 'Ten pomysł został wysłany w innej karcie lub innym oknie.',
  codeUnreadable: 'Serwer potwierdził przyjęcie pomysłu, ale nie udało się odczytać kodu zgłoszenia. Pomysł jest zapisany — nie trzeba wysyłać go ponownie.',
  editedWhileSending: 'Zmiany wpisane podczas wysyłania nie zostały wysłane. Zachowaliśmy je w formularzu: znajdziesz je po wybraniu „Zgłoś kolejny pomysł”.',
  queuedOffline:
    'Jesteś offline. Pomysł został zapisany na tym urządzeniu. Wyślemy go, gdy połączenie wróci, o ile ta strona będzie otwarta — możesz też wrócić na nią później (w ciągu 7 dni).',
  queuedRetrying:
    'Nie udało się połączyć z serwerem. Pomysł został zapisany na tym urządzeniu. Ponawiamy próby, dopóki ta strona jest otwarta — zostaw ją otwartą albo wróć na nią później (w ciągu 7 dni).',
  rateLimited:
    'Z tego połączenia wysłano ostatnio wiele pomysłów. Twój został zapisany na tym urządzeniu i wyślemy go za {minutes}, jeśli ta strona będzie wtedy otwarta — możesz też wrócić na nią później.',
  expired:
    'Ten pomysł czekał na wysłanie ponad 7 dni, więc nie wysłaliśmy go samoczynnie. Nie wiemy, czy do nas dotarł. Sprawdź tekst poniżej i wyślij go ponownie, jeśli nie masz jeszcze kodu zgłoszenia.',
  minutes: { one: '{count} minutę', few: '{count} minuty', many: '{count} minut', other: '{count} minuty' },
  sendNow: 'Spróbuj wysłać teraz',
  successTitle: 'Dziękujemy! Otrzymaliśmy Twój pomysł',
  codeLabel: 'Kod zgłoszenia',
  successHint: 'Zapisz ten kod: dzięki niemu sprawdzisz, co dzieje się z Twoim pomysłem.',
  submitAnother: 'Zgłoś kolejny pomysł',
  checkStatus: 'Sprawdź status',
  statusTitle: 'Sprawdź status pomysłu',
  codeHint: 'Na przykład RZM-7K3Q-9XTB',
  codeInvalid: 'Wpisz kod zgłoszenia w formacie RZM-7K3Q-9XTB',
  check: 'Sprawdź',
  checking: 'Sprawdzanie…',
  statusNotFound: 'Nie znaleźliśmy pomysłu o tym kodzie. Sprawdź kod i spróbuj ponownie.',
  statusFailed: 'Nie udało się sprawdzić statusu. Spróbuj ponownie.',
  statusLabel: 'Status',
  noteLabel: 'Informacja od konsorcjum',
  receivedLabel: 'Zgłoszono',
  updatedLabel: 'Ostatnia zmiana',
  backToForm: 'Zgłoś pomysł',
  titleRequired: 'Wpisz tytuł pomysłu',
  titleTooShort: 'Tytuł musi mieć co najmniej {chars}',
  titleTooLong: 'Tytuł może mieć najwyżej {chars}',
  descriptionRequired: 'Opisz swój pomysł',
  descriptionTooShort: 'Opis musi mieć co najmniej {chars}',
  descriptionTooLong: 'Opis może mieć najwyżej {chars}',
  categoryRequired: 'Wybierz obszar, którego dotyczy pomysł',
  authorRoleRequired: 'Wybierz, jako kto zgłaszasz pomysł',
  nameTooLong: 'Imię i nazwisko może mieć najwyżej {chars}',
  emailFormat: 'Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.pl',
  municipalityTooLong: 'Nazwa gminy może mieć najwyżej {chars}',
  privacyConsentRequired: 'Zaznacz zgodę, aby wysłać pomysł',
  invalid: 'Sprawdź to pole',
  statuses: {
    received: 'Przyjęty',
    under_review: 'W trakcie oceny',
    accepted: 'Zaakceptowany',
    merged: 'Połączony z innym pomysłem',
    rejected: 'Odrzucony',
  },
  categories: {
    social: 'Sprawy społeczne',
    business: 'Gospodarka i przedsiębiorczość',
    environment: 'Środowisko i klimat',
    education: 'Edukacja',
    culture: 'Kultura',
    infrastructure: 'Infrastruktura',
    other: 'Inne',
  },
  roles: {
    resident: 'Mieszkaniec / mieszkanka',
    entrepreneur: 'Przedsiębiorca',
    local_government: 'Samorząd',
    youth: 'Młodzież',
    senior: 'Senior / seniorka',
    ngo: 'Organizacja pozarządowa',
    other: 'Inna osoba lub instytucja',
  },
};

/** Built-in copy by locale. */
export const ideaFormCopy: Catalog<IdeaFormCopy> = {
  pl,
  en: () => import('./locales-en.js').then((m) => m.en),
  uk: () => import('./locales-uk.js').then((m) => m.uk),
};
