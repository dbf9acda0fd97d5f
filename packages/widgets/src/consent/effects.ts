/**
 * What follows a decision, loaded once it is made so none of it weighs on the first script:
 * storing it, clearing the refused categories' cookies, telling listeners, recording proof of
 * consent and the optional reload after a withdrawal. It imports nothing from the core's
 * modules (the core hands over what it needs), so the core stays one file.
 */
import { clearCookies, patternsOf } from './cookies.js';
import { writeConsent } from './persist.js';
import { record } from './record.js';
import type { ConsentChoices, ConsentManager, ConsentState, StoredConsent } from './types.js';

/** Name of the DOM event fired after every decision (bubbles, composed). */
export const CHANGE_EVENT = 'razem-consent-change';

/** What the core hands over after a decision. */
export interface Decision {
  manager: ConsentManager;
  /** The decision now in force. */
  consent: StoredConsent;
  /** The choices it replaced, if any. */
  before: ConsentChoices | undefined;
  /** `onChange` listeners. */
  listeners: Set<(state: ConsentState) => void>;
  /** Tells the core whether the decision was stored. */
  stored(persisted: boolean): void;
}

/** Runs the effects of a decision; resolves the state every listener received. */
export function afterDecision({ manager, consent, before, listeners, stored }: Decision): ConsentState {
  const { config } = manager;
  stored(config.storage && writeConsent(config, consent));
  let withdrawn = false;
  for (const { id, required } of config.categories)
    if (!required && !consent.choices[id]) {
      clearCookies(patternsOf(config, id), config.cookieDomain);
      withdrawn ||= !!before?.[id];
    }
  const state = manager.get();
  for (const listener of listeners)
    try {
      listener(state);
    } catch (error) {
      console.error(error); // one broken listener must not stop the others
    }
  // From the banner when there is one, so listeners on it and on `document` both hear it once.
  const banner = document.querySelector('razem-consent-banner');
  (banner ?? document).dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: state, bubbles: true, composed: true }));
  if (config.apiBase && config.apiKey) void record(config, state);
  if (withdrawn && config.reloadOnWithdrawal) location.reload();
  return state;
}
