/**
 * Registers <razem-event-calendar>. Import this file (or `@razem/widgets/event-calendar/define`)
 * for its side effect; import `@razem/widgets/event-calendar` for the class alone.
 */
import { define } from '../shared/define.js';
import { VERSION } from '../shared/version.js';
import {
  RazemEventCalendar,
  type EventOpenDetail,
  type EventsLoadedDetail,
  type LoadFailedDetail,
  type MonthChangeDetail,
} from './event-calendar.js';

define('razem-event-calendar', RazemEventCalendar, VERSION);

export { RazemEventCalendar };

declare global {
  interface HTMLElementTagNameMap {
    'razem-event-calendar': RazemEventCalendar;
  }
  interface HTMLElementEventMap {
    'razem-month-change': CustomEvent<MonthChangeDetail>;
    'razem-event-open': CustomEvent<EventOpenDetail>;
    'razem-events-loaded': CustomEvent<EventsLoadedDetail>;
    'razem-load-failed': CustomEvent<LoadFailedDetail>;
  }
}
