/**
 * Moving through a page the way keyboard users do: Tab until the control they want has focus,
 * following focus into shadow roots to see which control that is.
 */
import type { Page } from 'playwright-core';

/** The focused control, however deep in shadow roots. */
export interface Focused {
  tag: string;
  id: string;
  role: string;
  /** Its label, `aria-label` or text, whitespace collapsed. */
  name: string;
  /** The outermost custom element it lives in, e.g. `razem-idea-form`, or `''`. */
  host: string;
}

/** What has focus now, or null when nothing (the body) has. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let element = document.activeElement;
    let host = '';
    while (element?.shadowRoot?.activeElement) {
      if (!host) host = element.localName;
      element = element.shadowRoot.activeElement;
    }
    if (!element || element === document.body) return null;
    const labelled = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
    return {
      tag: element.localName,
      id: element.id,
      role: element.getAttribute('role') ?? '',
      name: labelled.replace(/\s+/g, ' ').trim(),
      host,
    };
  });
}

/** Presses Tab until `match` holds for the focused control; fails after `max` presses. */
export async function tabTo(page: Page, match: (control: Focused) => boolean, what: string, max = 60): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const control = await focused(page);
    if (control && match(control)) return control;
  }
  throw new Error(`Tab never reached ${what} in ${max} presses (last: ${JSON.stringify(await focused(page))})`);
}
