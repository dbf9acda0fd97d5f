/**
 * Runs a suite once per database: in-memory PGlite, and the PostgreSQL server on the machine
 * (`TEST_DATABASE_URL`). When PostgreSQL is unreachable its run is skipped with a visible warning.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import {
  postgresReachable,
  startTestServer,
  TEST_DATABASE_URL,
  type TestServer,
  type TestServerOptions,
} from '../src/testing.js';

export { TEST_DATABASE_URL };
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const POSTGRES_AVAILABLE = await postgresReachable();
if (!POSTGRES_AVAILABLE) {
  console.warn(
    `\n⚠ PostgreSQL at ${TEST_DATABASE_URL.replace(/\/\/[^@]*@/, '//…@')} is unreachable: the PostgreSQL run of the API suite is SKIPPED. Set TEST_DATABASE_URL to run it.\n`,
  );
}

/** The databases every suite runs against. */
export const BACKENDS = [
  { name: 'PGlite', databaseUrl: undefined, available: true },
  { name: 'PostgreSQL', databaseUrl: TEST_DATABASE_URL, available: POSTGRES_AVAILABLE },
] as const;

/** Declares `suite` once per backend with a shared server per backend. */
export function describeEachBackend(
  title: string,
  suite: (server: () => TestServer, backend: (typeof BACKENDS)[number]) => void,
  options: Omit<TestServerOptions, 'databaseUrl'> = {},
): void {
  for (const backend of BACKENDS) {
    describe.skipIf(!backend.available)(`${title} [${backend.name}]`, () => {
      let server: TestServer | undefined;
      beforeAll(async () => {
        server = await startTestServer({ ...options, ...(backend.databaseUrl ? { databaseUrl: backend.databaseUrl } : {}) });
      });
      afterAll(async () => {
        await server?.close();
      });
      suite(() => {
        if (!server) throw new Error('Test server did not start');
        return server;
      }, backend);
    });
  }
}

/** A small fetch wrapper: JSON in, status + headers + parsed body out. */
export async function call(
  server: TestServer,
  path: string,
  init: { method?: string; body?: unknown; rawBody?: string; key?: string | null; headers?: Record<string, string> } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever JSON the server sent
): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.key) headers.authorization = `Bearer ${init.key}`;
  let body: string | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers, body });
  const text = await response.text();
  let parsed: unknown = undefined;
  const type = response.headers.get('content-type') ?? '';
  if (text && type.includes('json')) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed, text };
}

/** A valid idea submission, with overrides. */
export function ideaBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Ścieżka rowerowa wokół zbiornika Kleszczów',
    description: 'Połączmy Bełchatów i Kleszczów ścieżką rowerową wzdłuż terenów rekultywowanych, z punktami odpoczynku.',
    category: 'infrastructure',
    authorRole: 'resident',
    name: 'Anna Testowa',
    email: 'anna.testowa@example.org',
    municipality: 'Kleszczów',
    privacyNoticeVersion: '2025-01',
    privacyConsent: true,
    locale: 'pl',
    spam: { honeypot: '', fillTimeMs: 45_000 },
    ...overrides,
  };
}
