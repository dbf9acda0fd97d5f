/**
 * Versioned SQL migrations from `apps/api/migrations/NNNN_name.sql`, applied in order and recorded
 * in `schema_migrations`. The whole run is one transaction under an advisory lock, so several
 * instances starting together against one PostgreSQL migrate exactly once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.js';

/**
 * Finds the migrations folder both from `src/db` (tests, tsx) and from `dist` (built server):
 * the nearest ancestor directory that holds `migrations/0001_*.sql`.
 */
export function migrationsDir(): string {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 5; i++) {
    const candidate = new URL('migrations/', dir);
    const path = fileURLToPath(candidate);
    if (existsSync(path) && readdirSync(path).some((f) => /^\d{4}_.+\.sql$/.test(f))) return path;
    dir = new URL('../', dir);
  }
  throw new Error('Cannot find the migrations folder of @razem/api');
}

/** A migration file: its version (`0001`) and SQL. */
export interface Migration {
  version: string;
  name: string;
  sql: string;
}

/** Reads the migration files in version order. */
export function loadMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((file) => ({
      version: file.slice(0, 4),
      name: file.replace(/\.sql$/, ''),
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }));
}

/** Applies pending migrations; returns the names of those it applied. */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    // Keyed by schema so isolated test schemas in one database don't queue behind each other.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('razem:migrate:' || current_schema()))`);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await tx.query<{ version: string }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    const done: string[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.name);
    }
    return done;
  });
}
