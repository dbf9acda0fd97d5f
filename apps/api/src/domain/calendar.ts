/**
 * iCalendar (RFC 5545) feeds through ical-generator. Times are written in the event's own zone
 * with a VTIMEZONE block (from timezones-ical-library, offline), DTSTAMP in UTC, text escaped and
 * lines folded at 75 octets by the generator.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { EventKind, Locale, LocalizedText } from '@razem/contract';
import { Temporal } from '../time.js';
import type { StoredEvent } from './events.js';

const CALENDAR_NAME: Record<Locale, string> = {
  pl: 'Wydarzenia RAZEM Możemy Więcej',
  en: 'RAZEM Możemy Więcej events',
  uk: 'Події RAZEM Możemy Więcej',
};

const KIND_LABEL: Record<EventKind, Record<Locale, string>> = {
  meeting: { pl: 'Spotkanie', en: 'Meeting', uk: 'Зустріч' },
  workshop: { pl: 'Warsztaty', en: 'Workshop', uk: 'Воркшоп' },
  study_visit: { pl: 'Wizyta studyjna', en: 'Study visit', uk: 'Навчальний візит' },
  online_session: { pl: 'Spotkanie online', en: 'Online session', uk: 'Онлайн-зустріч' },
  conference: { pl: 'Konferencja', en: 'Conference', uk: 'Конференція' },
  panel: { pl: 'Panel dyskusyjny', en: 'Panel discussion', uk: 'Панельна дискусія' },
};

const POSTPONED: Record<Locale, string> = { pl: 'Przełożone', en: 'Postponed', uk: 'Перенесено' };
const REGISTRATION: Record<Locale, string> = { pl: 'Rejestracja', en: 'Registration', uk: 'Реєстрація' };
const ONLINE: Record<Locale, string> = { pl: 'Online', en: 'Online', uk: 'Онлайн' };

function pick(text: LocalizedText | undefined, lang: Locale): string | undefined {
  return text ? (text[lang] ?? text.pl) : undefined;
}

/** VTIMEZONE of a zone, or null when the library does not know it (times then go out in UTC). */
function vtimezone(zone: string): string | null {
  try {
    const block = tzlib_get_ical_block(zone);
    return Array.isArray(block) && typeof block[0] === 'string' && block[0].includes('BEGIN:VTIMEZONE') ? block[0] : null;
  } catch {
    return null;
  }
}

/** Renders events as one VCALENDAR in `lang` (Polish where a translation is missing). */
export function renderCalendar(events: readonly StoredEvent[], lang: Locale, options: { name?: string } = {}): string {
  const calendar = ical({
    prodId: '//Razem//Consortium API//PL',
    name: options.name ?? CALENDAR_NAME[lang],
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
    // No calendar-wide zone: DTSTAMP must stay in UTC; each event names its own TZID instead.
    timezone: { name: null, generator: vtimezone },
  });
  for (const stored of events) {
    const { event } = stored;
    const zone = vtimezone(event.timeZone) ? event.timeZone : null;
    const at = (date: Date) => (zone ? Temporal.Instant.fromEpochMilliseconds(date.getTime()) : date);
    const title = pick(event.title, lang)!;
    const location = event.location;
    const place = [location?.venue, location?.address && `${location.address.street}, ${location.address.postalCode} ${location.address.city}`]
      .filter(Boolean)
      .join(', ');
    const description = [
      pick(event.summary, lang),
      pick(event.description, lang),
      location?.onlineUrl ? `${ONLINE[lang]}: ${location.onlineUrl}` : undefined,
      event.registrationUrl ? `${REGISTRATION[lang]}: ${event.registrationUrl}` : undefined,
    ]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: `${event.id}@razem`,
      sequence: stored.sequence,
      // DTSTAMP from the last change keeps the feed byte-identical between requests (ETag, 304).
      stamp: stored.updatedAt,
      created: stored.createdAt,
      lastModified: stored.updatedAt,
      start: at(stored.startsAt),
      end: at(stored.endsAt),
      allDay: event.allDay,
      timezone: zone,
      summary: event.status === 'postponed' ? `${POSTPONED[lang]}: ${title}` : title,
      ...(description ? { description } : {}),
      ...(place || location?.onlineUrl ? { location: place || location!.onlineUrl! } : {}),
      ...(event.registrationUrl || location?.onlineUrl ? { url: event.registrationUrl ?? location!.onlineUrl! } : {}),
      categories: [{ name: KIND_LABEL[event.kind][lang] }],
      status:
        event.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : event.status === 'postponed'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
