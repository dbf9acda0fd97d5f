/**
 * Several instances against one PostgreSQL, as behind a load balancer: they migrate and seed
 * once when started together, and share idempotency records (nothing lives in process memory).
 */
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../src/db/migrate.js';
import { createKey } from '../src/keys.js';
import { startServer, type RunningServer } from '../src/server.js';
import { createIsolatedSchema, type IsolatedSchema } from '../src/testing.js';
import { ideaBody, POSTGRES_AVAILABLE, TEST_DATABASE_URL } from './helpers.js';

describe.skipIf(!POSTGRES_AVAILABLE)('three instances against one PostgreSQL', () => {
  let schema: IsolatedSchema;
  let instances: RunningServer[] = [];

  beforeAll(async () => {
    schema = await createIsolatedSchema(TEST_DATABASE_URL);
    // Started together: the advisory locks must make them migrate and seed exactly once.
    instances = await Promise.all(
      [0, 1, 2].map(() =>
        startServer({
          database: { kind: 'postgres', url: TEST_DATABASE_URL, schema: schema.name, poolSize: 3 },
          port: 0,
          logger: pino({ level: 'silent' }),
        }),
      ),
    );
  });

  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
    await schema?.drop();
  });

  it('migrated and seeded once', async () => {
    const db = instances[0]!.database;
    const migrations = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(migrations.rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version));
    const partners = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM partners');
    expect(partners.rows[0]!.n).toBe(8);
    expect(instances.filter((i) => (i as RunningServer & { seeded: { seeded: boolean } }).seeded.seeded)).toHaveLength(1);
  });

  it('replays an Idempotency-Key on another instance than the one that stored it', async () => {
    const { key } = await createKey(instances[0]!.database, { kind: 'secret', name: 'load balanced' });
    const idempotencyKey = randomUUID();
    const title = `Za load balancerem ${idempotencyKey.slice(0, 8)}`;
    const responses = [];
    for (const instance of instances) {
      const response = await fetch(`${instance.url}/v1/ideas`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'idempotency-key': idempotencyKey },
        body: JSON.stringify(ideaBody({ title })),
      });
      responses.push({ status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.json() });
    }
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(responses.map((r) => r.replayed)).toEqual([null, 'true', 'true']);
    expect(new Set(responses.map((r) => (r.body as { trackingCode: string }).trackingCode)).size).toBe(1);
    const { rows } = await instances[2]!.database.query<{ n: number }>('SELECT count(*)::int AS n FROM ideas WHERE title = $1', [title]);
    expect(rows[0]!.n).toBe(1);
  });

  it('a key revoked through one instance is refused by all', async () => {
    const { key } = await createKey(instances[1]!.database, { kind: 'secret', name: 'revoke everywhere' });
    for (const instance of instances) {
      expect((await fetch(`${instance.url}/v1/admin/ideas`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    }
    await instances[0]!.database.query('UPDATE api_keys SET revoked_at = now() WHERE name = $1', ['revoke everywhere']);
    for (const instance of instances) {
      expect((await fetch(`${instance.url}/v1/admin/ideas`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(401);
    }
  });
});
