/** Fills an empty database with the consortium's partners, a year of events and sample ideas. */
import type { Database } from '../db/database.js';
import { insertEvent } from '../domain/events.js';
import { insertIdea } from '../domain/ideas.js';
import { insertPartner } from '../domain/partners.js';
import { generateSeedEvents } from './events.js';
import { SEED_IDEAS } from './ideas.js';
import { SEED_PARTNERS } from './partners.js';

/** What `seed` did. */
export interface SeedResult {
  seeded: boolean;
  partners: number;
  events: number;
  ideas: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Seeds only an empty database (no partners, events or ideas), in one transaction. */
export async function seed(db: Database, options: { now?: Date } = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    // Two instances starting together must not both seed.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('razem:seed:' || current_schema()))`);
    const { rows } = await tx.query<{ n: number }>(
      'SELECT ((SELECT count(*) FROM partners) + (SELECT count(*) FROM events) + (SELECT count(*) FROM ideas))::int AS n',
    );
    if (rows[0]!.n > 0) return { seeded: false, partners: 0, events: 0, ideas: 0 };
    for (const partner of SEED_PARTNERS) {
      await insertPartner(tx, partner, now);
    }
    const events = generateSeedEvents(now);
    for (const event of events) await insertEvent(tx, event.id, event.fields, now);
    for (const idea of SEED_IDEAS) {
      const receivedAt = new Date(now.getTime() - idea.daysAgo * DAY_MS);
      await insertIdea(
        tx,
        {
          title: idea.title,
          description: idea.description,
          category: idea.category,
          authorRole: idea.authorRole,
          municipality: idea.municipality,
          privacyNoticeVersion: '2025-01',
          locale: 'pl',
          sourceSite: 'bkppt.pl',
          suspectedSpam: false,
          status: idea.status,
          publicNote: idea.publicNote,
        },
        receivedAt,
      );
    }
    return { seeded: true, partners: SEED_PARTNERS.length, events: events.length, ideas: SEED_IDEAS.length };
  });
}
