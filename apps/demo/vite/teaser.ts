/**
 * "Najbliższe wydarzenia": the next three events, read with `@razem/sdk` and written into the
 * page's own markup, the way an integrator uses the SDK where an element would not fit. The list
 * holds three placeholders of the final size until then, so nothing below it moves.
 */
import { createRazemHttp, EventsResource, type ConsortiumEvent, type EventKind } from '@razem/sdk';

const KIND_LABELS: Record<EventKind, string> = {
  meeting: 'Spotkanie',
  workshop: 'Warsztaty',
  study_visit: 'Wizyta studyjna',
  online_session: 'Spotkanie online',
  conference: 'Konferencja',
  panel: 'Panel dyskusyjny',
};

const when = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;

/** One teaser card. Text only through `textContent`: event data never becomes markup. */
function card(event: ConsortiumEvent): HTMLLIElement {
  const item = document.createElement('li');
  const time = document.createElement('time');
  time.dateTime = event.startsAt;
  time.textContent = event.allDay
    ? new Intl.DateTimeFormat('pl-PL', { timeZone: event.timeZone, dateStyle: 'full' }).format(new Date(event.startsAt))
    : when.format(new Date(event.startsAt));
  const title = document.createElement('strong');
  title.textContent = event.title.pl;
  const where = document.createElement('span');
  const place = event.location?.venue ?? (event.location?.onlineUrl ? 'online' : undefined);
  where.textContent = [KIND_LABELS[event.kind], place].filter(Boolean).join(' · ');
  item.append(time, title, where);
  return item;
}

/** Replaces the placeholders of `list` with the next three scheduled events, or a short note. */
export async function showUpcomingEvents(list: HTMLOListElement): Promise<void> {
  const baseUrl = meta('razem:api-base');
  let items: HTMLLIElement[];
  try {
    if (!baseUrl) throw new Error('No <meta name="razem:api-base"> on the page');
    const events = new EventsResource(createRazemHttp({ baseUrl, locale: 'pl' }));
    const page = await events.list({ limit: 3, status: 'scheduled' });
    items = page.data.map(card);
  } catch (error) {
    console.warn('[demo] upcoming events', error);
    items = [];
  }
  if (items.length === 0) {
    const note = document.createElement('li');
    note.textContent = 'Nie udało się teraz wczytać wydarzeń. Wszystkie spotkania są w kalendarzu poniżej.';
    items = [note];
  }
  list.replaceChildren(...items);
  list.removeAttribute('aria-busy');
}
