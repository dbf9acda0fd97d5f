/**
 * Google Consent Mode v2. The default (everything denied but security storage) must reach
 * `dataLayer` before any Google tag runs; every decision then pushes an update with all seven
 * signals, `ad_user_data` and `ad_personalization` included.
 */
import { DEFAULT_SIGNALS } from './config.js';
import type { ConsentChoices, ResolvedConsentConfig } from './types.js';

declare global {
  interface Window {
    /** Google's command queue. */
    dataLayer?: unknown[];
    /** Google's tag function; the core installs the standard shim when the page has none. */
    gtag?: (...args: unknown[]) => void;
  }
}

/** The seven Consent Mode v2 signals: those the default categories map to, and security. */
export const SIGNALS = [...Object.values(DEFAULT_SIGNALS).flat(), 'security_storage'];

/** Signal → `granted` / `denied` for a set of choices. Pure. */
export function signalsFor(choices: ConsentChoices, map: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of SIGNALS) out[s] = s === 'security_storage' ? 'granted' : 'denied';
  for (const [category, signals] of Object.entries(map)) if (choices[category]) for (const s of signals) out[s] = 'granted';
  return out;
}

/** Google's own `gtag` (it must push the `arguments` object, which gtag.js tells apart from arrays). */
function gtag(...args: unknown[]): void {
  const w = window;
  w.dataLayer ||= [];
  w.gtag ||= function () {
    // eslint-disable-next-line prefer-rest-params
    w.dataLayer!.push(arguments);
  };
  w.gtag(...args);
}

/** Pushes `consent default` (or, with `choices`, `consent update`) when Consent Mode is on. */
export function pushConsent(config: ResolvedConsentConfig, choices?: ConsentChoices): void {
  const mode = config.consentMode;
  if (!mode) return;
  const signals: Record<string, unknown> = signalsFor(choices ?? {}, mode.signals);
  if (!choices) {
    signals.wait_for_update = mode.waitForUpdate;
    if (mode.region) signals.region = mode.region;
  }
  gtag('consent', choices ? 'update' : 'default', signals);
}
