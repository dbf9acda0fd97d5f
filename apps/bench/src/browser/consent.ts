/**
 * Consent in Chromium: Razem's consent core and banner beside vanilla-cookieconsent, each page
 * built the same way and served from loopback (uncompressed). Per sample, in a fresh context:
 * a first visit (script start → banner buttons interactive, files fetched), "accept all", then a
 * reload as a returning visitor (script start → stored decision applied, files fetched).
 */
import { median, round } from '../lib/stats.ts';
import type { PageName } from './build.ts';
import type { Timing } from './calendar.ts';
import type { BrowserSession } from './session.ts';

export const CONSENTS = [
  { id: 'razem', page: 'consent-razem', library: 'Razem consent core + <razem-consent-banner>' },
  { id: 'cookieconsent', page: 'consent-cookieconsent', library: 'vanilla-cookieconsent' },
] as const satisfies readonly { id: string; page: PageName; library: string }[];

/** Files a visit fetched (script and CSS), uncompressed bytes. */
export interface Fetched {
  files: number;
  bytes: number;
  names: string[];
}

/** One library's consent results. */
export interface ConsentCell {
  library: (typeof CONSENTS)[number]['id'];
  status: 'ok' | 'cap' | 'crash';
  message?: string;
  bannerInteractive: Timing | null;
  decisionApplied: Timing | null;
  firstVisit: Fetched | null;
  returningVisit: Fetched | null;
}

/** The consent section's results. */
export interface ConsentResults {
  options: { repeats: number; capMs: number };
  cells: ConsentCell[];
}

const timing = (values: number[]): Timing | null =>
  values.length
    ? { medianMs: round(median(values), 1), minMs: round(Math.min(...values), 1), maxMs: round(Math.max(...values), 1), samples: values.length }
    : null;

/** Runs the consent section. */
export async function benchConsent(
  session: BrowserSession,
  options: { repeats: number; capMs: number },
  log: (line: string) => void,
): Promise<ConsentResults> {
  // One unmeasured visit per page first, so Chromium's first-use costs land on neither library.
  for (const consent of CONSENTS) {
    const warm = await session.open(consent.page);
    await warm.run(() => window.benchConsent.bannerInteractive, undefined, options.capMs);
    await warm.close();
  }
  const cells: ConsentCell[] = [];
  for (const consent of CONSENTS) {
    const banner: number[] = [];
    const applied: number[] = [];
    let firstVisit: Fetched | null = null;
    let returningVisit: Fetched | null = null;
    let failure: { reason: 'cap' | 'crash'; message: string } | undefined;
    for (let i = 0; i < options.repeats && !failure; i += 1) {
      const visit = await session.open(consent.page);
      try {
        const shown = await visit.run(() => window.benchConsent.bannerInteractive, undefined, options.capMs);
        if (!shown.ok) {
          failure = shown;
          break;
        }
        banner.push(shown.value);
        firstVisit = await visit.page.evaluate(() => window.benchConsent.resources());
        await visit.page.evaluate(() => window.benchConsent.acceptAll());
        await visit.page.reload({ waitUntil: 'load' });
        const decided = await visit.run(() => window.benchConsent.decisionApplied, undefined, options.capMs);
        if (!decided.ok) {
          failure = decided;
          break;
        }
        applied.push(decided.value);
        returningVisit = await visit.page.evaluate(() => window.benchConsent.resources());
      } finally {
        await visit.close();
      }
    }
    const cell: ConsentCell = {
      library: consent.id,
      status: failure?.reason ?? 'ok',
      ...(failure ? { message: failure.message } : {}),
      bannerInteractive: timing(banner),
      decisionApplied: timing(applied),
      firstVisit,
      returningVisit,
    };
    cells.push(cell);
    log(`consent: ${consent.id}: ${cell.status}, banner ${cell.bannerInteractive?.medianMs ?? '—'} ms, returning ${cell.decisionApplied?.medianMs ?? '—'} ms`);
  }
  return { options, cells };
}
