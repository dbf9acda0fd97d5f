/** Versions of what the bench measures, read from the packages installed for apps/bench. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const modules = resolve(import.meta.dirname, '../../node_modules');

/** The installed version of `name` (a dependency of apps/bench). */
export function versionOf(name: string): string {
  return (JSON.parse(readFileSync(resolve(modules, name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** Razem's packages, the peers and the measuring tools. */
export const MEASURED = [
  '@razem/sdk',
  '@razem/widgets',
  '@razem/api',
  'fullcalendar',
  '@event-calendar/core',
  'vanilla-cookieconsent',
  'klaro',
  'hono',
  'autocannon',
  'tinybench',
  'rolldown',
  'esbuild',
  'playwright-core',
] as const;

/** `{ name: version }` of everything in MEASURED. */
export function versions(): Record<string, string> {
  return Object.fromEntries(MEASURED.map((name) => [name, versionOf(name)]));
}
