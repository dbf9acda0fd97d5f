/**
 * `@razem/widgets/event-calendar`: the element class and its types, without registering a tag.
 */
export {
  RazemEventCalendar,
  type CalendarView,
  type EventOpenDetail,
  type EventsLoadedDetail,
  type LoadFailedDetail,
  type MonthChangeDetail,
} from './event-calendar.js';
export type { EventSource } from './data.js';
export { eventCalendarCopy, type EventCalendarCopy } from './locales.js';
