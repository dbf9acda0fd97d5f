/**
 * Polish copy of the details dialog and the filter selects, in their own chunk: pages download it with the
 * dialog, on first open. English and Ukrainian dialog copy is part of `locales-en.ts` and
 * `locales-uk.ts`.
 */
import type { DialogCopy } from './locales.js';

/** Polish copy of the dialog. */
export const plDialog: DialogCopy = {
  filtersLabel: 'Filtruj wydarzenia',
  kindLabel: 'Rodzaj',
  allKinds: 'Wszystkie rodzaje',
  organizerLabel: 'Organizator',
  allOrganizers: 'Wszyscy organizatorzy',
  localTime: 'Czas lokalny wydarzenia: {time}',
  when: 'Kiedy',
  where: 'Gdzie',
  joinOnline: 'Dołącz online',
  organizers: 'Organizatorzy',
  registration: 'Rejestracja',
  register: 'Zarejestruj się',
  addToCalendar: 'Dodaj do kalendarza',
  downloadIcs: 'Pobierz plik .ics',
  googleCalendar: 'Kalendarz Google',
  outlook: 'Outlook',
  subscribeHelp:
    'Dodaj ten adres w swojej aplikacji kalendarza (Google, Outlook, Apple) jako kalendarz z internetu, a nowe i zmienione wydarzenia pojawią się w niej same.',
  feedAddress: 'Adres kalendarza (iCalendar)',
  openInCalendarApp: 'Otwórz w aplikacji kalendarza',
  close: 'Zamknij',
  backToDay: 'Wróć do wydarzeń dnia {day}',
  newTab: '(otwiera się w nowej karcie)',
  notFound: 'Nie znaleziono tego wydarzenia.',
};
