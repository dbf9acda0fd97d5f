/**
 * Server safety: every public entry of @razem/contract, @razem/sdk and @razem/widgets (the built
 * `dist/` a partner installs, define entries included) imports in plain Node — no `window`, no
 * `document`, no DOM shim installed beforehand — without throwing and without adding a global of
 * its own. Each run is a fresh child process, so the test runner's globals cannot hide a problem.
 */
import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const widgetsDir = resolve(import.meta.dirname, '..');
const packagesDir = resolve(widgetsDir, '..');
const probe = join(import.meta.dirname, 'ssr-import-probe.mjs');

interface ProbeResult {
  failures: { specifier: string; message: string }[];
  added: string[];
  window: string;
  document: string;
  registered: string[];
}

/**
 * Globals that libraries add on import in Node, none of them ours: Lit's registry shim and
 * version/metadata markers, zod's global config and registry, and undici's dispatcher (Node's
 * `fetch`, touched when it is first used).
 */
const LIBRARY_GLOBALS = [
  /^customElements$/,
  /^lit(ServerRoot|PropertyMetadata|HtmlVersions|ElementVersions)$/,
  /^reactiveElementVersions$/,
  /^__zod_global(Config|Registry)$/,
  /^Symbol\(undici\.globalDispatcher\.\d\)$/,
];

/**
 * The importable specifiers of a package: its `exports` keys, wildcards expanded against the
 * built files. JSON files and the script-tag build (`cdn/`, browser-only bundles) are not
 * modules a server imports.
 */
function publicEntries(name: string): string[] {
  const dir = join(packagesDir, name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const entries = new Set<string>();
  for (const [key, target] of Object.entries(manifest.exports)) {
    const file = typeof target === 'string' ? target : (target as { default: string }).default;
    if (file.endsWith('.json') || key.startsWith('./cdn/')) continue;
    if (!key.includes('*')) {
      entries.add(manifest.name + key.slice(1));
      continue;
    }
    const [prefix, suffix] = file.replace(/^\.\//, '').split('*') as [string, string];
    for (const match of globSync(`${prefix}*${suffix}`, { cwd: dir })) {
      const star = match.slice(prefix.length, match.length - suffix.length);
      if (!star.includes('/')) entries.add(manifest.name + key.slice(1).replace('*', star));
    }
  }
  // `./*/define` also matches `dist/cdn/define.js`, which belongs to the (skipped) `./cdn/*`.
  return [...entries].filter((entry) => !entry.startsWith(`${manifest.name}/cdn/`)).sort();
}

function runProbe(specifiers: string[]): ProbeResult {
  const child = spawnSync(process.execPath, [probe, ...specifiers], { cwd: dirname(probe), encoding: 'utf8', timeout: 60_000 });
  expect(child.status, child.stderr).toBe(0);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ProbeResult;
}

const entries = ['contract', 'sdk', 'widgets'].flatMap(publicEntries);

describe('importing the packages in Node', () => {
  it('finds every public entry, define entries included', () => {
    expect(entries).toEqual(
      expect.arrayContaining([
        '@razem/contract',
        '@razem/contract/openapi',
        '@razem/sdk',
        '@razem/widgets/define',
        '@razem/widgets/partner-list',
        '@razem/widgets/partner-list/define',
        '@razem/widgets/event-calendar/define',
        '@razem/widgets/idea-form/define',
        '@razem/widgets/consent/define',
        '@razem/widgets/consent-banner/define',
        '@razem/widgets/consent-settings/define',
        '@razem/widgets/shared/element',
      ]),
    );
  });

  it.each(entries)('%s imports alone without a DOM', (specifier) => {
    const result = runProbe([specifier]);
    expect(result.failures).toEqual([]);
    expect(result.added.filter((key) => !LIBRARY_GLOBALS.some((pattern) => pattern.test(key)))).toEqual([]);
    expect([result.window, result.document]).toEqual(['undefined', 'undefined']);
  });

  it('all entries together register every element in the server registry, ready to render', () => {
    const result = runProbe(entries);
    expect(result.failures).toEqual([]);
    expect(result.registered.sort()).toEqual(
      ['razem-consent-banner', 'razem-consent-settings', 'razem-event-calendar', 'razem-idea-form', 'razem-partner-list'].sort(),
    );
  });
});
