/**
 * Puts hostile text into every text field of partners, events and ideas through the SDK, the way
 * staff and residents would: partners and events with the admin client, ideas through the public
 * `ideas.submit` and a public note from the admin client. Returns what went where, so tests can
 * look for each text verbatim.
 */
import type { ConsortiumEvent, IdeaReceipt, Partner } from '@razem/contract';
import { createRazemAdminClient, createRazemClient } from '@razem/sdk';
import { fit } from './corpus.js';

/** Where the hostile records are. */
export interface HostileData {
  partners: Partner[];
  events: ConsortiumEvent[];
  /** Ideas: the receipt, the admin id and the texts sent. */
  ideas: { receipt: IdeaReceipt; id: string; title: string; description: string; name: string; municipality: string; publicNote: string }[];
  /** `YYYY-MM` holding every hostile event (Europe/Warsaw). */
  month: string;
}

/** Options of {@link seedHostile}. */
export interface SeedOptions {
  baseUrl: string;
  publishableKey: string;
  secretKey: string;
  /** One partner, event and idea per text. */
  texts: readonly string[];
  /** Tag of the run, part of every id. */
  tag: string;
  /** Month of the events, `YYYY-MM` (one event per day from the 1st). */
  month: string;
}

/** Creates the hostile records; ids are `<tag>-<n>`. */
export async function seedHostile(options: SeedOptions): Promise<HostileData> {
  const admin = createRazemAdminClient({ baseUrl: options.baseUrl, secretKey: options.secretKey });
  const razem = createRazemClient({ baseUrl: options.baseUrl, publishableKey: options.publishableKey });
  const partners: Partner[] = [];
  const events: ConsortiumEvent[] = [];
  const ideas: HostileData['ideas'] = [];
  for (const [i, text] of options.texts.entries()) {
    partners.push(
      await admin.partners.create({
        id: `${options.tag}-${i + 1}`,
        name: fit(text, 200),
        shortName: fit(text, 60),
        kind: 'ngo',
        role: 'associate',
        description: { pl: fit(text, 10_000), en: fit(text, 10_000) },
        address: { street: fit(text, 200), postalCode: '97-400', city: fit(text, 100), country: 'PL' },
        website: 'https://example.org/',
      }),
    );
  }
  for (const [i, text] of options.texts.entries()) {
    const day = String(i + 1).padStart(2, '0');
    events.push(
      await admin.events.create({
        title: { pl: fit(text, 10_000), en: fit(text, 10_000) },
        summary: { pl: fit(text, 10_000) },
        description: { pl: fit(text, 10_000) },
        kind: 'workshop',
        startsAt: `${options.month}-${day}T10:00:00+01:00`,
        endsAt: `${options.month}-${day}T12:00:00+01:00`,
        timeZone: 'Europe/Warsaw',
        location: {
          venue: fit(text, 200),
          address: { street: fit(text, 200), postalCode: '97-400', city: fit(text, 100), country: 'PL' },
          onlineUrl: `https://example.org/spotkanie?temat=${encodeURIComponent(text)}`,
        },
        organizerIds: [partners[i]!.id],
        registrationUrl: `https://example.org/rejestracja/${encodeURIComponent(fit(text, 100))}`,
      }),
    );
  }
  const submitted: { receipt: IdeaReceipt; sent: { title: string; description: string; name: string; municipality: string }; text: string }[] = [];
  for (const text of options.texts) {
    const sent = {
      title: fit(text, 150, 5, 'Tytuł zastępczy'),
      description: fit(`${text} — opis pomysłu`, 5000, 20),
      name: fit(text, 120),
      municipality: fit(text, 120),
    };
    const receipt = await razem.ideas.submit({
      ...sent,
      email: 'mieszkaniec@example.org',
      category: 'social',
      authorRole: 'resident',
      privacyNoticeVersion: '2025-01',
      privacyConsent: true,
      spam: { honeypot: '', fillTimeMs: 30_000 },
    });
    submitted.push({ receipt, sent, text });
  }
  const ids = new Map((await admin.ideas.all({ limit: 100 })).map((idea) => [idea.trackingCode, idea.id]));
  for (const { receipt, sent, text } of submitted) {
    const id = ids.get(receipt.trackingCode);
    if (!id) throw new Error(`No idea with tracking code ${receipt.trackingCode}`);
    const publicNote = fit(text, 2000);
    await admin.ideas.updateStatus(id, { status: 'under_review', publicNote });
    ideas.push({ receipt, id, ...sent, publicNote });
  }
  return { partners, events, ideas, month: options.month };
}
