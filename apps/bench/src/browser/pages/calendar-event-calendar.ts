/**
 * Calendar bench page: @event-calendar/core month view (DayGrid, List) with its stylesheet.
 * Crowded days collapse into "+N more" (`dayMaxEvents: true`, which needs a fixed height: the
 * height FullCalendar's default aspect ratio gives at this width), as Razem's do.
 */
import { createCalendar, destroyCalendar, DayGrid, List } from '@event-calendar/core';
import '@event-calendar/core/index.css';
import { install } from './calendar-common.ts';

let calendar: ReturnType<typeof createCalendar> | undefined;
let root: HTMLElement | undefined;

install({
  mount(host, events, year, month) {
    root = host;
    // EventCalendar reads local wall-clock times; Date objects made before t0 are its input.
    const input = events.map((e) => ({ id: e.id, title: e.title.pl, start: new Date(e.startsAt), end: new Date(e.endsAt), allDay: e.allDay }));
    calendar = createCalendar(host, [DayGrid, List], {
      view: 'dayGridMonth',
      date: new Date(year, month - 1, 1),
      firstDay: 1,
      dayMaxEvents: true,
      height: '740px',
      events: input,
    });
  },
  next: () => {
    calendar!.next();
  },
  async unmount() {
    if (calendar) await destroyCalendar(calendar);
    calendar = undefined;
  },
  title: () => (root?.querySelector('.ec-title, h2')?.textContent ?? '').trim(),
  hasEvents: () => !!root?.querySelector('.ec-event'),
  root: () => root!,
});
