/** Calendar bench page: <razem-event-calendar> with its events given as a property. */
import '@razem/widgets/event-calendar/define';
import type { RazemEventCalendar } from '@razem/widgets/event-calendar';
import { install } from './calendar-common.ts';

let calendar: RazemEventCalendar | undefined;

/** Lit may schedule a follow-up update from `updated()`; wait until none is pending. */
async function settled(el: RazemEventCalendar): Promise<void> {
  while (!(await el.updateComplete));
}

install({
  async mount(host, events, year, month) {
    calendar = document.createElement('razem-event-calendar');
    calendar.timeZone = 'Europe/Warsaw';
    calendar.month = `${year}-${String(month).padStart(2, '0')}`;
    calendar.events = events;
    host.append(calendar);
    await settled(calendar);
  },
  async next() {
    const [year, month] = calendar!.month.split('-').map(Number) as [number, number];
    calendar!.month = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
    await settled(calendar!);
  },
  unmount() {
    calendar?.remove();
    calendar = undefined;
  },
  title: () => calendar?.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() ?? '',
  hasEvents: () => !!calendar?.shadowRoot?.querySelector('[part~="grid"] [part~="event"]'),
  root: () => calendar!,
});
