/**
 * Calendar bench page: FullCalendar (vanilla JS package) month view, classic theme, with its
 * docs' stylesheets. Crowded days show two events and "+N more" (`dayMaxEvents: 2`), as Razem's do. FullCalendar 7
 * hashes its class names, so the DOM checks use its ARIA grid label and event colour variable.
 */
import { Calendar } from 'fullcalendar';
import dayGridPlugin from 'fullcalendar/daygrid';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { install } from './calendar-common.ts';

let calendar: Calendar | undefined;
let root: HTMLElement | undefined;

install({
  mount(host, events, year, month) {
    root = host;
    // Converting to FullCalendar's event objects is input preparation, as for every library;
    // the ISO strings (with offsets) are parsed by FullCalendar inside the timed render.
    const input = events.map((e) => ({ id: e.id, title: e.title.pl, start: e.startsAt, end: e.endsAt, allDay: e.allDay }));
    calendar = new Calendar(host, {
      plugins: [dayGridPlugin, listPlugin, classicThemePlugin],
      initialView: 'dayGridMonth',
      initialDate: `${year}-${String(month).padStart(2, '0')}-01`,
      timeZone: 'Europe/Warsaw',
      firstDay: 1,
      dayMaxEvents: 2,
      events: input,
    });
    calendar.render();
  },
  next: () => calendar!.next(),
  unmount() {
    calendar?.destroy();
    calendar = undefined;
  },
  title: () => root?.querySelector('[role="grid"][aria-label]')?.getAttribute('aria-label') ?? '',
  hasEvents: () => !!root?.querySelector('[style*="--fc-event-color"]'),
  root: () => root!,
});
