import { describe, expect, it } from 'vitest';
import { googleCalendarUrl, icsEscape, icsEvent, icsFileName, icsFold, outlookUrl, type DetailOptions } from './add-to-calendar.js';
import { dayNumber } from './dates.js';
import { fixtureEvent, sampleMonth, zonedIso } from './fixtures.js';

const options: DetailOptions = {
  locale: 'pl',
  labels: { organizers: 'Organizatorzy', registration: 'Rejestracja', online: 'Online' },
  organizerNames: ['Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny', 'ARREKS S.A.'],
};
const [workshop, , webinar, visit, panel, postponed] = sampleMonth({ year: 2026, month: 11 });

/** Unfolds content lines and reads `NAME[;params]:value` pairs, as a calendar app would. */
function parseIcs(text: string): { lines: string[]; props: Map<string, string> } {
  const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  const props = new Map<string, string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    props.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return { lines, props };
}
const unescape = (value: string) => value.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');

describe('icsEvent', () => {
  it('carries the revision the API sent as SEQUENCE, as the feed does', () => {
    expect(parseIcs(icsEvent({ ...workshop!, sequence: 3 }, options)).props.get('SEQUENCE')).toBe('3');
    const { sequence: _none, ...inline } = workshop!;
    expect(parseIcs(icsEvent(inline, options)).props.has('SEQUENCE')).toBe(false);
  });

  it('writes one VEVENT in UTC with CRLF line ends', () => {
    const text = icsEvent(workshop!, options);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { lines, props } = parseIcs(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(props.get('VERSION')).toBe('2.0');
    expect(props.get('UID')).toBe(`${workshop!.id}@razem`);
    // 4 November 2026, 10:00–14:00 in Warsaw (CET, UTC+1).
    expect(props.get('DTSTART')).toBe('20261104T090000Z');
    expect(props.get('DTEND')).toBe('20261104T130000Z');
    expect(props.get('DTSTAMP')).toBe('20261001T080000Z');
    expect(props.has('SEQUENCE')).toBe(workshop!.sequence !== undefined);
    expect(props.get('STATUS')).toBe('CONFIRMED');
    expect(unescape(props.get('SUMMARY;LANGUAGE=pl')!)).toBe(workshop!.title.pl);
    expect(unescape(props.get('LOCATION')!)).toBe('Siedziba BKPPT, ul. Czapliniecka 123, 97-400 Bełchatów');
    expect(props.get('URL')).toBe(workshop!.registrationUrl);
    const description = unescape(props.get('DESCRIPTION;LANGUAGE=pl')!);
    expect(description).toContain('1. Zasady naborów FST');
    expect(description).toContain('Organizatorzy: Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny, ARREKS S.A.');
    expect(description).toContain(`Rejestracja: ${workshop!.registrationUrl}`);
  });

  it('folds lines at 75 octets without splitting a Polish letter', () => {
    const text = icsEvent(workshop!, options);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    // Every physical line is valid UTF-8 on its own (no sequence cut in half).
    for (const line of text.split('\r\n')) {
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).not.toThrow();
    }
    const folded = icsFold(`SUMMARY:${'ż'.repeat(60)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'ż'.repeat(60)}`);
    expect(folded.split('\r\n').map((l) => new TextEncoder().encode(l).length)).toEqual([74, 55]); // 8 + 33 × 2 bytes, then a space and 27 × 2
  });

  it('writes all-day events as dates with an exclusive end', () => {
    const { props } = parseIcs(icsEvent(visit!, options));
    expect(props.get('DTSTART;VALUE=DATE')).toBe('20261117');
    expect(props.get('DTEND;VALUE=DATE')).toBe('20261119');
  });

  it('marks cancelled and postponed events', () => {
    expect(parseIcs(icsEvent(panel!, options)).props.get('STATUS')).toBe('CANCELLED');
    const { props } = parseIcs(icsEvent(postponed!, { ...options, titlePrefix: 'Przełożone: ' }));
    expect(props.get('STATUS')).toBe('TENTATIVE');
    expect(props.get('SUMMARY;LANGUAGE=pl')).toBe('Przełożone: Spotkanie Klastra Obszaru Nowej Energii');
  });

  it('falls back to Polish and says so', () => {
    const { props } = parseIcs(icsEvent(visit!, { ...options, locale: 'uk' }));
    expect(props.get('SUMMARY;LANGUAGE=pl')).toBe(icsEscape(visit!.title.pl));
  });

  it('escapes text values', () => {
    expect(icsEscape('a, b; c\\d\ne')).toBe('a\\, b\\; c\\\\d\\ne');
  });
});

describe('icsFileName', () => {
  it('transliterates the title', () => {
    expect(icsFileName(visit!, 'pl')).toBe('wizyta-studyjna-w-plockim-parku-przemyslowo-technologicznym.ics');
    expect(icsFileName(webinar!, 'uk')).toBe('event.ics');
    expect(icsFileName(fixtureEvent({ title: { pl: 'Łódź: „Zielone” ŁĄKI' } }), 'pl')).toBe('lodz-zielone-laki.ics');
  });
});

describe('googleCalendarUrl', () => {
  it('opens a filled-in event in Google Calendar', () => {
    const url = new URL(googleCalendarUrl(workshop!, options));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe(workshop!.title.pl);
    expect(url.searchParams.get('dates')).toBe('20261104T090000Z/20261104T130000Z');
    expect(url.searchParams.get('location')).toBe('Siedziba BKPPT, ul. Czapliniecka 123, 97-400 Bełchatów');
    expect(url.searchParams.get('details')).toContain('Organizatorzy:');
    expect(url.searchParams.get('ctz')).toBe('Europe/Warsaw');
  });

  it('uses dates for all-day events and the online link as the place of webinars', () => {
    expect(new URL(googleCalendarUrl(visit!, options)).searchParams.get('dates')).toBe('20261117/20261119');
    expect(new URL(googleCalendarUrl(webinar!, options)).searchParams.get('location')).toBe(webinar!.location!.onlineUrl);
  });

  it('keeps the URL short for very long descriptions', () => {
    const long = fixtureEvent({ description: { pl: 'Opis '.repeat(2000) } });
    expect(googleCalendarUrl(long, options).length).toBeLessThan(6000);
  });
});

describe('outlookUrl', () => {
  it('opens a filled-in event in Outlook.com, or Microsoft 365 on request', () => {
    const url = new URL(outlookUrl(workshop!, options));
    expect(url.origin).toBe('https://outlook.live.com');
    expect(url.searchParams.get('subject')).toBe(workshop!.title.pl);
    expect(url.searchParams.get('startdt')).toBe('2026-11-04T09:00:00Z');
    expect(url.searchParams.get('enddt')).toBe('2026-11-04T13:00:00Z');
    expect(url.searchParams.get('allday')).toBe('false');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(new URL(outlookUrl(workshop!, { ...options, office: true })).origin).toBe('https://outlook.office.com');
  });

  it('sends all-day events as dates', () => {
    const url = new URL(outlookUrl(visit!, options));
    expect([url.searchParams.get('startdt'), url.searchParams.get('enddt'), url.searchParams.get('allday')]).toEqual([
      '2026-11-17',
      '2026-11-19',
      'true',
    ]);
  });

  it('keeps an all-day event on its Warsaw dates whatever zone it was written in', () => {
    const day = dayNumber(2026, 3, 29); // the spring-forward day: 23 hours long
    const event = fixtureEvent({ allDay: true, startsAt: zonedIso(day, 0), endsAt: zonedIso(day + 1, 0) });
    expect(new URL(outlookUrl(event, options)).searchParams.get('startdt')).toBe('2026-03-29');
    expect(new URL(outlookUrl(event, options)).searchParams.get('enddt')).toBe('2026-03-30');
  });
});
