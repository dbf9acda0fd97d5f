/**
 * The machine's PostgreSQL (`TEST_DATABASE_URL`, default the local `test` database): whether it is
 * reachable, and a fresh schema per test, named and commented like the API's own test schemas so
 * a run killed half-way is cleaned up by the next one.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Where the PostgreSQL tests run. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when `TEST_DATABASE_URL` answers `SELECT 1` within 3 s. */
export async function postgresReachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema of its own in the test database. */
export interface IsolatedSchema {
  name: string;
  /** `url` with `options=-c search_path=<schema>`, for processes that only take a URL (the CLI). */
  url: string;
  drop(): Promise<void>;
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `razem_test_<random>`; the comment lets the API's test harness drop it if we die. */
export async function createSchema(url = TEST_DATABASE_URL): Promise<IsolatedSchema> {
  const name = `razem_test_${randomBytes(6).toString('hex')}`;
  await admin(url, `CREATE SCHEMA "${name}"; COMMENT ON SCHEMA "${name}" IS 'razem test ${new Date().toISOString()}'`);
  const withPath = new URL(url);
  withPath.searchParams.set('options', `-c search_path=${name}`);
  return { name, url: withPath.toString(), drop: () => admin(url, `DROP SCHEMA IF EXISTS "${name}" CASCADE`) };
}
