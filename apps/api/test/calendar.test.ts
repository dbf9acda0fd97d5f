/** iCalendar feeds (RFC 5545) read back by two independent parsers: ical.js and node-ical. */
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { eventsForCalendar } from '../src/domain/events.js';
import { call, describeEachBackend } from './helpers.js';

/** Parses with ical.js, registering the feed's VTIMEZONEs so TZID times resolve to instants. */
function parseWithIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

/** Parses with node-ical and keeps the VEVENTs. */
function parseWithNodeIcal(text: string): VEvent[] {
  return Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

function unfoldedLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

/** Checks the framing rules a strict consumer relies on. */
function expectWellFormed(text: string): void {
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  // Every line break is CRLF, and no line is longer than 75 octets (UTF-8), RFC 5545 §3.1.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  const lines = unfoldedLines(text);
  expect(lines).toContain('VERSION:2.0');
  expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
}

describeEachBackend('iCalendar', (server) => {
  it('serves the whole calendar as valid RFC 5545 with a Europe/Warsaw VTIMEZONE', async () => {
    const { status, headers, text } = await call(server(), '/v1/events.ics');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expectWellFormed(text);
    const lines = unfoldedLines(text);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Warsaw');

    const { rows } = await server().database.query<{ id: string; starts_at: Date; ends_at: Date; all_day: boolean; title: { pl: string } }>(
      'SELECT id, starts_at, ends_at, all_day, title FROM events ORDER BY starts_at, id',
    );
    // Every VEVENT has UID and a UTC DTSTAMP; timed events name their TZID.
    const vevents = text.split('BEGIN:VEVENT').slice(1).map((block) => unfoldedLines(block));
    expect(vevents.length).toBe(rows.length);
    for (const block of vevents) {
      expect(block.find((l) => l.startsWith('UID:'))).toMatch(/^UID:[0-9a-f-]{36}@razem$/);
      expect(block.find((l) => l.startsWith('DTSTAMP:'))).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
      expect(block.find((l) => l.startsWith('DTSTART'))).toMatch(/^DTSTART;(TZID=Europe\/Warsaw:\d{8}T\d{6}|VALUE=DATE:\d{8})$/);
    }

    const byId = new Map(rows.map((r) => [r.id, r]));
    const { events } = parseWithIcalJs(text);
    expect(events.length).toBe(rows.length);
    for (const event of events) {
      const row = byId.get(event.uid.replace(/@razem$/, ''))!;
      expect(row, event.uid).toBeDefined();
      expect(event.summary.endsWith(row.title.pl)).toBe(true);
      if (row.all_day) {
        expect(event.startDate.isDate).toBe(true);
      } else {
        expect(event.startDate.zone?.tzid).toBe('Europe/Warsaw');
        expect(event.startDate.toJSDate().getTime()).toBe(row.starts_at.getTime());
        expect(event.endDate.toJSDate().getTime()).toBe(row.ends_at.getTime());
      }
    }

    const vevents2 = parseWithNodeIcal(text);
    expect(vevents2.length).toBe(rows.length);
    for (const event of vevents2) {
      const row = byId.get(String(event.uid).replace(/@razem$/, ''))!;
      if (!row.all_day) expect(new Date(event.start).getTime(), event.uid).toBe(row.starts_at.getTime());
    }
  });

  it('gives each event the revision its feed entry carries as SEQUENCE, grown by a change', async () => {
    const { body } = await call(server(), '/v1/events?limit=1');
    const [event] = body.data;
    const feedSequence = async () =>
      Number(parseWithIcalJs((await call(server(), `/v1/events/${event.id}.ics`)).text).events[0]!.component.getFirstPropertyValue('sequence'));
    expect(event.sequence).toBe(await feedSequence());
    const patched = await call(server(), `/v1/admin/events/${event.id}`, { method: 'PATCH', body: { kind: event.kind }, key: server().secretKey });
    expect(patched.status).toBe(200);
    expect(patched.body.sequence).toBe(event.sequence + 1);
    expect(await feedSequence()).toBe(event.sequence + 1);
  });

  it('marks cancelled events STATUS:CANCELLED and postponed ones TENTATIVE', async () => {
    const { text } = await call(server(), '/v1/events.ics');
    const { rows } = await server().database.query<{ id: string; status: string }>('SELECT id, status FROM events');
    const status = new Map(rows.map((r) => [`${r.id}@razem`, r.status]));
    const { events } = parseWithIcalJs(text);
    let cancelled = 0;
    for (const event of events) {
      const expected = { scheduled: 'CONFIRMED', cancelled: 'CANCELLED', postponed: 'TENTATIVE' }[status.get(event.uid)!];
      expect(event.component.getFirstPropertyValue('status')).toBe(expected);
      if (expected === 'CANCELLED') cancelled++;
    }
    expect(cancelled).toBeGreaterThan(0);
  });

  it('escapes , ; \\ and newlines in Polish text and folds long lines on character boundaries', async () => {
    const title = 'Spotkanie: „Transformacja”; koszty, zyski \\ ryzyka – Bełchatów';
    // The contract trims text, so the expected value has no trailing space.
    const description = `Zażółć gęślą jaźń; pierwsza linia, z przecinkiem.\nDruga linia: ścieżki\\ścieżki.\n${'Źdźbło żółwia ąę '.repeat(12).trimEnd()}`;
    const created = await call(server(), '/v1/admin/events', {
      method: 'POST',
      key: server().secretKey,
      body: {
        title: { pl: title, en: 'Meeting: costs, gains; risks' },
        description: { pl: description },
        kind: 'meeting',
        startsAt: '2026-07-01T10:00:00+02:00',
        endsAt: '2026-07-01T12:30:00+02:00',
        organizerIds: ['bkppt'],
        location: { venue: 'Solpark Kleszczów; sala A, piętro 1' },
      },
    });
    expect(created.status).toBe(201);
    const { status, text } = await call(server(), `/v1/events/${created.body.id}.ics`);
    expect(status).toBe(200);
    expectWellFormed(text);
    const raw = unfoldedLines(text);
    expect(raw).toContain('SUMMARY:Spotkanie: „Transformacja”\\; koszty\\, zyski \\\\ ryzyka – Bełchatów');
    expect(raw.find((l) => l.startsWith('DESCRIPTION:'))).toContain('\\n');
    expect(raw).toContain('DTSTART;TZID=Europe/Warsaw:20260701T100000');
    expect(raw).toContain('DTEND;TZID=Europe/Warsaw:20260701T123000');

    const [event] = parseWithIcalJs(text).events;
    expect(event!.summary).toBe(title);
    expect(event!.description).toBe(description);
    expect(event!.location).toBe('Solpark Kleszczów; sala A, piętro 1');
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-07-01T08:00:00.000Z');

    const [node] = parseWithNodeIcal(text);
    if (!node) throw new Error('node-ical found no VEVENT');
    expect(node.summary).toBe(title);
    expect(node.description).toBe(description);
    expect(new Date(node.start).toISOString()).toBe('2026-07-01T08:00:00.000Z');
    expect(node.end?.toISOString()).toBe('2026-07-01T10:30:00.000Z');
  });

  it('writes all-day events as DATE values of the local days (end exclusive)', async () => {
    const created = await call(server(), '/v1/admin/events', {
      method: 'POST',
      key: server().secretKey,
      body: {
        title: { pl: 'Wizyta studyjna w Tarnowie' },
        kind: 'study_visit',
        startsAt: '2026-03-26T00:00:00+01:00',
        endsAt: '2026-03-28T00:00:00+01:00',
        allDay: true,
        organizerIds: ['rig-belchatow', 'tcp'],
      },
    });
    expect(created.status).toBe(201);
    const { text } = await call(server(), `/v1/events/${created.body.id}.ics`);
    const lines = unfoldedLines(text);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260326');
    expect(lines).toContain('DTEND;VALUE=DATE:20260328');
    const [event] = parseWithIcalJs(text).events;
    expect(event!.startDate.toString()).toBe('2026-03-26');
    expect(event!.endDate.toString()).toBe('2026-03-28');
  });

  it('localizes with ?lang and falls back to Polish', async () => {
    const list = await call(server(), '/v1/events?organizer=klaster-one&limit=100&from=2000-01-01T00:00:00Z');
    const withoutUk = list.body.data.find((e: { title: { uk?: string } }) => !e.title.uk);
    expect(withoutUk).toBeDefined();
    const en = parseWithIcalJs((await call(server(), `/v1/events/${withoutUk.id}.ics?lang=en`)).text).events[0]!;
    expect(en.summary.endsWith(withoutUk.title.en)).toBe(true);
    const uk = parseWithIcalJs((await call(server(), `/v1/events/${withoutUk.id}.ics?lang=uk`)).text).events[0]!;
    expect(uk.summary.endsWith(withoutUk.title.pl)).toBe(true);
    const bad = await call(server(), '/v1/events.ics?lang=de');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('lang');
  });

  it('filters the feed by kind and organizer', async () => {
    const { text } = await call(server(), '/v1/events.ics?kind=online_session&organizer=arreks');
    const { events } = parseWithIcalJs(text);
    expect(events.length).toBeGreaterThan(0);
    const { rows } = await server().database.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE kind = 'online_session' AND 'arreks' = ANY(organizer_ids)`,
    );
    expect(events.length).toBe(rows[0]!.n);
  });

  it('keeps what is coming when the feed is capped: the latest-starting events, in start order', async () => {
    const all = await eventsForCalendar(server().database, { from: new Date(0) });
    const starts = (events: typeof all) => events.map((e) => Date.parse(e.event.startsAt));
    expect(all.length).toBeGreaterThan(4);
    const capped = await eventsForCalendar(server().database, { from: new Date(0) }, 3);
    expect(capped.map((e) => e.event.id)).toEqual(all.slice(-3).map((e) => e.event.id));
    expect(starts(capped)).toEqual([...starts(capped)].sort((a, b) => a - b));
  });

  describe('single event', () => {
    it('404 for an unknown event, 400 for a malformed id', async () => {
      const unknown = await call(server(), '/v1/events/00000000-0000-4000-8000-000000000000.ics');
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toBe('application/problem+json');
      const malformed = await call(server(), '/v1/events/nope.ics');
      expect(malformed.status).toBe(400);
    });
  });
});
