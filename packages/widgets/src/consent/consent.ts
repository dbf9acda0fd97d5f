/**
 * The consent core: reads the stored decision, tells Google Consent Mode, releases what the
 * visitor allowed, and loads the banner only when a decision is needed. Proof of consent is
 * recorded by a module imported after the decision, so neither the banner nor the SDK is on the
 * path of a returning visitor.
 */
import { resolveConfig } from './config.js';
import { pushConsent } from './consent-mode.js';
import { choicesFor, isValid } from './decision.js';
import { placeholders, release, scan } from './gating.js';
import { uuid } from './id.js';
import { attempt, readConsent } from './storage.js';
import type {
  ConsentChoices,
  ConsentConfig,
  ConsentLayer,
  ConsentManager,
  ConsentMethod,
  ConsentState,
  StoredConsent,
} from './types.js';

declare global {
  interface Window {
    /** The page's consent manager, set by the last `createConsentManager()` call. */
    razemConsent?: ConsentManager;
  }
  interface Navigator {
    /** Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
    readonly globalPrivacyControl?: boolean;
  }
}

/**
 * Starts consent handling for this page: pushes the Consent Mode default, applies a valid
 * stored decision (or GPC), releases allowed scripts and embeds, watches for new ones, and opens
 * the banner when the visitor still has to decide. Also available as `window.razemConsent`.
 */
export function createConsentManager(options: ConsentConfig = {}): ConsentManager {
  const config = resolveConfig(options, document.documentElement.lang);
  const gpc = navigator.globalPrivacyControl === true;
  const listeners = new Set<(state: ConsentState) => void>();
  const stored = config.storage ? readConsent(config) : undefined;
  const id = stored?.id ?? uuid();
  let current: StoredConsent | undefined;
  let persisted = false;
  let destroyed = false;

  // Before anything gated can run.
  pushConsent(config);

  const granted = (category: string): boolean =>
    !!config.categories.find((c) => c.id === category)?.required || !!current?.choices[category];

  const state = (): ConsentState => ({
    decided: !!current,
    choices: choicesFor(config, granted),
    method: current?.method,
    decidedAt: current && new Date(current.decidedAt).toISOString(),
    consentId: id,
    revision: config.revision,
    gpc,
    persisted,
  });

  const apply = (): void => {
    const waiting = scan(document, granted);
    if (waiting.length) void import('./embeds.js').then((m) => m.addPlaceholders(waiting, manager, release, placeholders));
  };
  // Gated markup added later (single-page apps, lazy sections) is handled the same way.
  const observer = new MutationObserver(apply);

  // Consent Mode and gated content follow at once; storing, cookie clearing, listeners and
  // proof of consent follow in a chunk loaded now (see effects.ts).
  const decide = (choices: ConsentChoices, method: ConsentMethod): Promise<ConsentState> => {
    const before = current?.choices;
    const consent = (current = { id, revision: config.revision, choices, method, decidedAt: Date.now() });
    pushConsent(config, choices);
    apply();
    // A decision made elsewhere (page script, the API) closes an open banner too. Here, not in
    // the effects chunk: on a slow network that chunk may arrive after the visitor has already
    // reopened the settings, which it would then close under their hands.
    const banner = document.querySelector('razem-consent-banner');
    if (banner?.open) banner.close();
    persisted = false;
    const stored = (ok: boolean) => (persisted = ok);
    return import('./effects.js').then(
      (m) => m.afterDecision({ manager, consent, before, listeners, stored }),
      (error) => (console.warn(error), state()),
    );
  };

  const manager: ConsentManager = {
    config,
    get: state,
    granted,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    acceptAll: () => decide(choicesFor(config, () => true), 'accept_all'),
    rejectAll: () => decide(choicesFor(config, () => false), 'reject_all'),
    accept: (categories) => decide(choicesFor(config, (c) => categories.includes(c)), 'custom'),
    async show(layer: ConsentLayer = 'first') {
      await import('../consent-banner/consent-banner.define.js');
      if (!document.body) await new Promise((ready) => addEventListener('DOMContentLoaded', ready, { once: true }));
      if (destroyed) return;
      let banner = document.querySelector('razem-consent-banner');
      if (!banner) {
        banner = document.createElement('razem-consent-banner');
        // First in the document, so the first Tab of a keyboard user reaches it.
        document.body.prepend(banner);
      }
      banner.manager = manager;
      await banner.show(layer);
    },
    destroy() {
      destroyed = true;
      observer.disconnect();
      listeners.clear();
      if (window.razemConsent === manager) delete window.razemConsent;
    },
  };
  window.razemConsent = manager;

  if (isValid(stored, config, Date.now())) {
    current = stored;
    persisted = true;
    pushConsent(config, current.choices);
    apply();
  } else if (gpc && config.gpc === 'reject') {
    // GPC is a refusal the visitor already expressed: no banner, recorded as such.
    void decide(choicesFor(config, () => false), 'gpc');
  } else {
    apply();
    // A banner that cannot load (offline, blocked chunk) leaves the page as it is: nothing granted.
    manager.show().catch(console.warn);
  }

  observer.observe(document, { childList: true, subtree: true });
  // Proof of consent that could not be sent on an earlier page goes out now, off the main path.
  if (config.apiKey && attempt(() => localStorage.getItem(`${config.cookieName}_queue`)))
    void import('./record.js').then((m) => m.flush(config));
  return manager;
}
