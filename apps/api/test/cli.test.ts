/**
 * The built artefacts: `dist/cli.js serve` (the README's start command) with a persistent PGlite
 * data directory, the `keys` commands, and `dist/testing.js` imported the way other packages do.
 * Builds into `.test-build/` so a concurrent run never sees `dist/` half-written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config.js';
import type * as Testing from '../src/testing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, '.test-build', 'dist');
const cli = join(outDir, 'cli.js');
let dataDir: string;

beforeAll(async () => {
  await build({ ...(config as object), outDir, config: false, silent: true, sourcemap: false });
  dataDir = join(mkdtempSync(join(tmpdir(), 'razem-cli-')), 'pglite');
});

afterAll(() => {
  rmSync(join(dataDir, '..'), { recursive: true, force: true });
});

/** Runs a CLI command to completion. */
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('razem-api CLI (built)', () => {
  it('serves seeded data from a persistent data directory, refuses a second process, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--data-dir', dataDir, '--dev'], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No URL printed:\n${output}`)), 50_000);
        const check = () => {
          const match = /Razem API on (http:\/\/[\d.:]+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          } else setTimeout(check, 100);
        };
        check();
      });
      expect(output).toMatch(/Seeded 8 partners, \d+ events, 7 ideas/);
      expect(output).toContain('rzm_pk_local_demo_0000000000000000');
      const events = (await (await fetch(`${url}/v1/events?limit=5`)).json()) as { data: { title: { pl: string } }[] };
      expect(events.data.length).toBe(5);
      const partners = (await (await fetch(`${url}/v1/partners`)).json()) as { data: { name: string }[] };
      expect(partners.data.map((p) => p.name)).toContain('Regionalna Izba Gospodarcza w Bełchatowie');

      const busy = run(['keys', 'list', '--data-dir', dataDir]);
      expect(busy.code).toBe(1);
      expect(busy.stderr).toMatch(/is using/);

      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('Stopped cleanly');
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('creates, lists and revokes keys; the data persisted; seeding twice adds nothing', () => {
    const created = run(['keys', 'create', '--kind', 'publishable', '--site', 'frgk.pl', '--origin', 'https://frgk.pl', '--origin', 'http://localhost:*', '--data-dir', dataDir]);
    expect(created.code, created.stderr).toBe(0);
    const key = created.stdout.trim();
    expect(key).toMatch(/^rzm_pk_[A-Za-z0-9]{32}$/);
    const listed = run(['keys', 'list', '--data-dir', dataDir]);
    expect(listed.stdout).toContain(`${key.slice(0, 15)}…`);
    expect(listed.stdout).toContain('https://frgk.pl http://localhost:*');
    expect(listed.stdout).not.toContain(key);
    const revoked = run(['keys', 'revoke', key.slice(0, 15), '--data-dir', dataDir]);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(run(['keys', 'list', '--data-dir', dataDir]).stdout).toMatch(/revoked/);
    const bad = run(['keys', 'create', '--kind', 'publishable', '--site', 'x', '--origin', 'ftp://x', '--data-dir', dataDir]);
    expect(bad.code).toBe(1);
    expect(run(['seed', '--data-dir', dataDir]).stdout).toContain('already has data');
  });
});

describe('@razem/api/testing (built)', () => {
  it('starts a seeded server from dist like other packages do', async () => {
    const testing = (await import(join(outDir, 'testing.js'))) as typeof Testing;
    const server = await testing.startTestServer();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/v1/partners/bkppt`);
      expect(response.status).toBe(200);
      const submit = await fetch(`${server.url}/v1/ideas`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${server.publishableKey}`, origin: 'http://localhost:6006' },
        body: JSON.stringify({
          title: 'Pomysł z testu pakietu',
          description: 'Sprawdzamy, że zbudowany serwer testowy działa.',
          category: 'other',
          authorRole: 'other',
          privacyNoticeVersion: '1',
          privacyConsent: true,
        }),
      });
      expect(submit.status).toBe(201);
    } finally {
      await server.close();
    }
  });
});
