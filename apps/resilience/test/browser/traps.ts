/**
 * Detectors for script that should never run: every payload of the corpus calls `__xss(id)`;
 * `alert`/`confirm`/`prompt`, CSP violation reports and `javascript:` navigations are recorded
 * too. `scan()` walks the light and shadow DOM under a root for anything a payload could have
 * turned into markup: event-handler attributes, `javascript:` URLs, frames, objects, `<base>`,
 * `<meta>` and scripts other than JSON-LD.
 */

declare global {
  interface Window {
    __xss?: (id: number) => void;
  }
}

/** What the traps caught. */
export interface Caught {
  executed: number[];
  dialogs: string[];
  violations: string[];
  errors: string[];
}

/** Arms the traps; `disarm()` restores the page. */
export function arm(): { caught: Caught; disarm: () => void } {
  const caught: Caught = { executed: [], dialogs: [], violations: [], errors: [] };
  window.__xss = (id: number) => void caught.executed.push(id);
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, error: console.error };
  window.alert = (message?: unknown) => void caught.dialogs.push(String(message));
  window.confirm = (message?: string) => (caught.dialogs.push(String(message)), false);
  window.prompt = (message?: string) => (caught.dialogs.push(String(message)), null);
  console.error = (...args: unknown[]) => {
    caught.errors.push(args.map(String).join(' '));
    saved.error.apply(console, args);
  };
  const onViolation = (event: SecurityPolicyViolationEvent) => void caught.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
  document.addEventListener('securitypolicyviolation', onViolation);
  return {
    caught,
    disarm() {
      Object.assign(window, { alert: saved.alert, confirm: saved.confirm, prompt: saved.prompt });
      console.error = saved.error;
      document.removeEventListener('securitypolicyviolation', onViolation);
      delete window.__xss;
    },
  };
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
const FORBIDDEN = new Set(['IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'APPLET']);

/** Every element under `root`, shadow roots included. */
export function* allElements(root: Element | ShadowRoot): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* allElements(el.shadowRoot);
  }
}

/** Markup that hostile text must never become, as readable findings (empty when clean). */
export function scan(root: Element): string[] {
  const findings: string[] = [];
  for (const el of [root, ...allElements(root)]) {
    const tag = el.tagName;
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) findings.push(`<${tag.toLowerCase()} ${name}="${value.slice(0, 60)}">`);
      if (URL_ATTRIBUTES.includes(name.toLowerCase()) && /^\s*(javascript|vbscript|data:text\/html)/i.test(value)) {
        findings.push(`<${tag.toLowerCase()} ${name}="${value.slice(0, 60)}">`);
      }
    }
    if (FORBIDDEN.has(tag)) findings.push(`<${tag.toLowerCase()}>`);
    if (tag === 'SCRIPT' && (el as HTMLScriptElement).type !== 'application/ld+json') findings.push('<script>');
    if (tag === 'STYLE' && /javascript:|@import/i.test(el.textContent ?? '')) findings.push('<style> with hostile CSS');
  }
  return findings;
}

/** Text of an element and its shadow root, whitespace as rendered. */
export const textOf = (node: Element | ShadowRoot | null | undefined): string => node?.textContent ?? '';
