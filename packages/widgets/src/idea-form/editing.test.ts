/**
 * <razem-idea-form> while a person edits: when errors appear after a failed Send.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { RazemIdeaForm } from './idea-form.js';
import { find, mount, text } from './test-helpers.js';

let host: HTMLElement;

beforeEach(() => {
  document.documentElement.removeAttribute('lang');
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  host.remove();
  for (const key of Object.keys(localStorage)) if (key.startsWith('razem-idea-form:')) localStorage.removeItem(key);
});

const active = (el: RazemIdeaForm) => el.shadowRoot!.activeElement as HTMLElement | null;
const errorOf = (el: RazemIdeaForm, field: string) => text(el, `#${field}-error`);

describe('<razem-idea-form> errors after a failed Send', () => {
  it('follows the fields of the summary at every keystroke, and flags the others only once edited and left', async () => {
    const el = await mount(host);
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(active(el)?.getAttribute('part')).toBe('summary'));
    expect(errorOf(el, 'email')).toBe(''); // optional and empty: not in the summary

    // The first letters of an address are not an error yet.
    await userEvent.type(find(el, '#email'), 'an');
    await el.updateComplete;
    expect(errorOf(el, 'email')).toBe('');
    expect(find(el, '#email').getAttribute('aria-invalid')).toBeNull();

    // The title was in the summary: its message follows every keystroke. Leaving the e-mail field
    // after editing it shows its error now.
    await userEvent.type(find(el, '#title'), 'Par');
    await el.updateComplete;
    expect(errorOf(el, 'title')).toBe('Błąd: Tytuł musi mieć co najmniej 5 znaków');
    expect(errorOf(el, 'email')).toBe('Błąd: Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.pl');
    expect(text(el, '[part~="summary"]')).toContain('Tytuł musi mieć co najmniej 5 znaków');
  });
});
