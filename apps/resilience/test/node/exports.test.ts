/**
 * Exports with hostile content: the iCalendar feeds (whole calendar and one event) read back by two
 * independent parsers must give every text back exactly, separators, backslashes and newlines
 * included, with no injected components; the staff CSV export must round-trip through a CSV parser
 * with every formula-like cell neutralised by a leading apostrophe.
 */
import { startTestServer, type TestServer } from '@razem/api/testing';
import { createRazemAdminClient } from '@razem/sdk';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_TEXTS, looksLikeFormula, XSS_PAYLOADS } from '../../src/corpus.js';
import { seedHostile, type HostileData } from '../../src/hostile-seed.js';
import { report } from '../../src/stats.js';

const TEXTS = [...EXPORT_TEXTS, ...XSS_PAYLOADS.slice(0, 12).map((p) => p.text)];

let api: TestServer;
let data: HostileData;
beforeAll(async () => {
  api = await startTestServer({ seed: false });
  data = await seedHostile({ baseUrl: api.url, publishableKey: api.publishableKey, secretKey: api.secretKey, texts: TEXTS, tag: 'eksport', month: '2031-03' });
}, 90_000);
afterAll(() => api?.close());

/** What the feed should say for one event (see the API's calendar rendering). */
function expected(event: HostileData['events'][number]) {
  const address = event.location!.address!;
  return {
    summary: event.title.pl,
    description: [event.summary!.pl, event.description!.pl, `Online: ${event.location!.onlineUrl}`, `Rejestracja: ${event.registrationUrl}`].join('\n\n'),
    location: `${event.location!.venue}, ${address.street}, ${address.postalCode} ${address.city}`,
  };
}

const text = (value: unknown): string => (typeof value === 'object' && value && 'val' in value ? String((value as { val: unknown }).val) : String(value));

describe('iCalendar feeds', () => {
  it('give every hostile text back exactly through ical.js and node-ical, with no injected events', async ({ task }) => {
    const feed = await (await fetch(`${api.url}/v1/events.ics?lang=pl`)).text();
    const viaIcalJs = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent');
    const viaNodeIcal = Object.values(nodeIcal.sync.parseICS(feed)).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(viaIcalJs).toHaveLength(data.events.length);
    expect(viaNodeIcal).toHaveLength(data.events.length);
    // Folded lines never exceed 75 octets (RFC 5545 §3.1), even with multi-byte text.
    for (const line of feed.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    let fields = 0;
    for (const event of data.events) {
      const want = expected(event);
      const a = viaIcalJs.find((c) => c.getFirstPropertyValue('uid') === `${event.id}@razem`)!;
      const b = viaNodeIcal.find((c) => c.uid === `${event.id}@razem`)!;
      expect({ summary: a.getFirstPropertyValue('summary'), description: a.getFirstPropertyValue('description'), location: a.getFirstPropertyValue('location') }).toEqual(want);
      fields += 3;
      // node-ical unescapes `\n` before `\\`, so a literal backslash followed by "n" comes back as a
      // backslash and a newline (the feed itself is right: ical.js reads it back exactly).
      if (!/\\n/.test(event.title.pl)) {
        expect({ summary: text(b.summary), description: text(b.description), location: text(b.location) }).toEqual(want);
        fields += 3;
      }
    }
    report(task.meta, { exports: { 'ICS fields round-tripped': fields } });
  });

  it('give the same texts back in the one-event feed', async () => {
    for (const event of data.events.slice(0, 6)) {
      const feed = await (await fetch(`${api.url}/v1/events/${event.id}.ics`)).text();
      const events = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      expect(events[0]!.getFirstPropertyValue('summary')).toBe(event.title.pl);
      expect(events[0]!.getFirstPropertyValue('description')).toBe(expected(event).description);
    }
  });
});

describe('CSV export of ideas', () => {
  it('round-trips every hostile text and neutralises every formula-like cell', async ({ task }) => {
    const admin = createRazemAdminClient({ baseUrl: api.url, secretKey: api.secretKey });
    const csv = await admin.ideas.exportCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(csv, { bom: true, relax_quotes: false, record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(data.ideas.length);
    const column = (name: string) => header!.indexOf(name);
    // Every cell of the file, not only ours: a spreadsheet runs any of them.
    let cells = 0;
    for (const row of rows) {
      expect(row).toHaveLength(header!.length);
      for (const cell of row) {
        cells += 1;
        expect(looksLikeFormula(cell), `cell ${JSON.stringify(cell)} would run as a formula`).toBe(false);
      }
    }
    const neutralised = (value: string) => (looksLikeFormula(value) ? `'${value}` : value);
    let formulas = 0;
    for (const idea of data.ideas) {
      const row = rows.find((r) => r[column('tracking_code')] === idea.receipt.trackingCode)!;
      for (const [field, value] of Object.entries({ title: idea.title, description: idea.description, name: idea.name, municipality: idea.municipality, public_note: idea.publicNote })) {
        expect(row[column(field)], field).toBe(neutralised(value));
        if (looksLikeFormula(value)) formulas += 1;
      }
    }
    expect(formulas).toBeGreaterThan(0);
    report(task.meta, { exports: { 'CSV cells checked': cells, 'CSV formulas neutralised': formulas } });
  });
});
