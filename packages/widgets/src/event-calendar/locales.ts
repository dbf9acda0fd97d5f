/**
 * Copy of <razem-event-calendar>: Polish here, English and Ukrainian in their own modules that
 * only pages in those languages download. Any entry can be replaced per element through
 * `strings`. Dates, times, month and weekday names come from `Intl`, not from here.
 */
import type { EventKind } from '@razem/contract';
import type { PluralCopy } from '../shared/locale.js';
import type { Catalog } from '../shared/localize.js';

/** Texts of the calendar itself (toolbar, grid, list, states). `{name}` marks a value filled in. */
export interface CalendarCopy {
  /** Accessible name of the whole calendar. */
  calendarLabel: string;
  loading: string;
  /** The month or list has no events. */
  empty: string;
  error: string;
  /** The dialog, filters or deep links could not be downloaded (shown with Retry). */
  partFailed: string;
  /** Shown when the element has no API address, no inline JSON and no `events`. */
  notConfigured: string;
  retry: string;
  previousMonth: string;
  nextMonth: string;
  today: string;
  viewLabel: string;
  monthView: string;
  listView: string;
  /** How to use the grid, read by screen readers with it. */
  gridHint: string;
  /** Number of events on a day, e.g. "3 wydarzenia". */
  eventCount: PluralCopy;
  /** Visible "+N more" button of a crowded day. */
  more: PluralCopy;
  allDay: string;
  /** After the title of a multi-day event on its second and later days. */
  continued: string;
  status: { cancelled: string; postponed: string };
  kinds: Record<EventKind, string>;
  /** Shown when times are not in Warsaw time. `{zone}` is the zone's name. */
  timesIn: string;
  showMore: string;
  showEarlier: string;
  /** The list's way on, after the shown month's last events: `{month}` is the next month's name. */
  nextMonthLink: string;
  online: string;
  subscribe: string;
}

/** Texts of the details dialog and the filter selects; Polish ones load with them. */
export interface DialogCopy {
  filtersLabel: string;
  kindLabel: string;
  allKinds: string;
  organizerLabel: string;
  allOrganizers: string;
  /** The event's time in its own zone, in the details. `{time}` is that time. */
  localTime: string;
  when: string;
  where: string;
  joinOnline: string;
  organizers: string;
  registration: string;
  register: string;
  addToCalendar: string;
  downloadIcs: string;
  googleCalendar: string;
  outlook: string;
  subscribeHelp: string;
  feedAddress: string;
  openInCalendarApp: string;
  close: string;
  /** Back from an event to the list of its day. `{day}` is the date. */
  backToDay: string;
  /** Visually hidden after links opening a new tab. */
  newTab: string;
  /** The event is not in the calendar (a stale deep link). */
  notFound: string;
}

/** Every text the event calendar shows. */
export type EventCalendarCopy = CalendarCopy & DialogCopy;

/** Polish copy of the calendar, the default (the dialog's is in `dialog-copy.ts`). */
export const pl: CalendarCopy = {
  calendarLabel: 'Kalendarz wydarzeń',
  loading: 'Wczytywanie wydarzeń…',
  empty: 'Brak wydarzeń w tym okresie.',
  error: 'Nie udało się wczytać wydarzeń.',
  partFailed: 'Nie udało się wczytać części kalendarza.',
  notConfigured: 'Brak adresu API: dodaj atrybut api-base lub znacznik <meta name="razem:api-base">.',
  retry: 'Spróbuj ponownie',
  previousMonth: 'Poprzedni miesiąc',
  nextMonth: 'Następny miesiąc',
  today: 'Dzisiaj',
  viewLabel: 'Widok',
  monthView: 'Miesiąc',
  listView: 'Lista',
  gridHint: 'Strzałki: dzień i tydzień. Home, End: początek i koniec tygodnia. Page Up, Page Down: miesiąc, z Shift: rok. Enter: wydarzenia dnia.',
  eventCount: { one: '{count} wydarzenie', few: '{count} wydarzenia', many: '{count} wydarzeń', other: '{count} wydarzenia' },
  more: { other: '+{count} więcej' },
  allDay: 'cały dzień',
  continued: '(cd.)',
  status: { cancelled: 'Odwołane', postponed: 'Przełożone' },
  kinds: {
    meeting: 'Spotkanie',
    workshop: 'Warsztaty',
    study_visit: 'Wizyta studyjna',
    online_session: 'Spotkanie online',
    conference: 'Konferencja',
    panel: 'Panel dyskusyjny',
  },
  timesIn: 'Godziny według strefy: {zone}',
  showMore: 'Pokaż więcej',
  showEarlier: 'Pokaż wcześniejsze wydarzenia',
  nextMonthLink: 'Następny miesiąc: {month}',
  online: 'Online',
  subscribe: 'Subskrybuj kalendarz',
};

/** Built-in copy by locale. */
export const eventCalendarCopy: Catalog<CalendarCopy & Partial<DialogCopy>> = {
  pl,
  en: () => import('./locales-en.js').then((m) => m.en),
  uk: () => import('./locales-uk.js').then((m) => m.uk),
};
