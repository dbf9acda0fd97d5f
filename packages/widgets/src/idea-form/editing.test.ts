/**
 * <razem-idea-form> while a person edits: when errors appear after a failed Send, clearing with
 * undo, counting characters the way the contract does, and text typed while the idea is sending.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { RazemIdeaForm } from './idea-form.js';
import { cutConnections, fill, find, idea, mount, stored, text, trackingCode, usePage } from './test-helpers.js';

const page = usePage();

const active = (el: RazemIdeaForm) => el.shadowRoot!.activeElement as HTMLElement | null;
const errorOf = (el: RazemIdeaForm, field: string) => text(el, `#${field}-error`);
const counter = (el: RazemIdeaForm) => text(el, '[part~="counter"]');

describe('<razem-idea-form> errors after a failed Send', () => {
  it('follows the fields of the summary at every keystroke, and flags the others only once edited and left', async () => {
    const el = await mount(page.host);
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

describe('<razem-idea-form> clearing', () => {
  it('offers to undo clearing, announced politely, until the next edit', async () => {
    const el = await mount(page.host, '', 'undo-test');
    await fill(el, { ...idea, name: 'Anna Nowak' });
    const politeBefore = [...el.shadowRoot!.querySelectorAll('[role="status"], [aria-live="polite"]')];
    await userEvent.click(find(el, '[part~="secondary"]'));
    await el.updateComplete;
    expect(find<HTMLInputElement>(el, '#title').value).toBe('');
    expect(localStorage.getItem(`razem-idea-form:undo-test:${location.pathname}:draft`)).toBeNull();
    // Announced by a polite live region that was already on the page (new regions are often missed).
    const region = politeBefore.find((node) => node.textContent?.includes('Formularz został wyczyszczony.'));
    expect(region?.isConnected).toBe(true);
    const undo = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Przywróć')!;
    expect(region!.contains(undo)).toBe(true);

    await userEvent.click(undo);
    await el.updateComplete;
    expect(find<HTMLInputElement>(el, '#title').value).toBe(idea.title);
    expect(find<HTMLTextAreaElement>(el, '#description').value).toBe(idea.description);
    expect(find<HTMLSelectElement>(el, '#category').value).toBe(idea.category);
    expect(find<HTMLInputElement>(el, '#name').value).toBe('Anna Nowak');
    expect(active(el)?.id).toBe('title');
    await vi.waitFor(() => expect((stored('undo-test', 'draft')?.values as { title?: string } | undefined)?.title).toBe(idea.title));

    // Cleared again, then typed into: the undo is gone.
    await userEvent.click(find(el, '[part~="secondary"]'));
    await userEvent.type(find(el, '#title'), 'N');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Przywróć')).toBe(false);
  });
});

describe('<razem-idea-form> counting characters', () => {
  it('counts emoji and letters with combining marks as one character each, as the contract does', async () => {
    const el = await mount(page.host);
    const description = find<HTMLTextAreaElement>(el, '#description');
    await userEvent.fill(description, '🌳'.repeat(5000));
    await el.updateComplete;
    expect(counter(el)).toBe('Pozostało znaków: 0');
    await userEvent.fill(description, '🌳'.repeat(5001));
    await el.updateComplete;
    expect(counter(el)).toBe('Za dużo znaków: 1');
    await userEvent.fill(description, 'a\u0328'.repeat(4990)); // „ą” as a letter and a combining ogonek
    await el.updateComplete;
    expect(counter(el)).toBe('Pozostało znaków: 10');
    await userEvent.fill(description, 'Łąka 👨‍👩‍👧');
    await el.updateComplete;
    expect(counter(el)).toBe('Pozostało znaków: 4990'); // the family emoji is five code points, as zod counts
  });

  it('sends a description right at the limit, composed, and the API stores it', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const el = await mount(page.host);
    const description = `${'a\u0328'.repeat(4999)}🌳`;
    await fill(el, { ...idea, description });
    expect(counter(el)).toBe('Pozostało znaków: 0');
    await userEvent.click(find(el, '[type="submit"]'));
    await trackingCode(el);
    expect(cut.sent[0]!.body.description).toBe(`${'\u0105'.repeat(4999)}🌳`);
  });
});

describe('<razem-idea-form> typing while sending', () => {
  it('keeps what was typed while the idea was sending, for the next idea', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      await gate;
      return realFetch(input, init);
    };
    page.restore = () => (window.fetch = realFetch);
    const el = await mount(page.host, '', 'typing-while-sending');
    await fill(el, idea);
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(find(el, '[type="submit"]').getAttribute('aria-disabled')).toBe('true'));
    const edited = `${idea.description} Dopisek z ostatniej chwili.`;
    await userEvent.fill(find(el, '#description'), edited);
    release();
    await trackingCode(el);
    expect(text(el, '[part~="success"]')).toContain('Zmiany wpisane podczas wysyłania nie zostały wysłane');

    await userEvent.click(find(el, '[part~="success"] [part~="secondary"]'));
    await vi.waitFor(() => expect(find<HTMLTextAreaElement>(el, '#description')?.value).toBe(edited));
    expect(find<HTMLInputElement>(el, '#privacyConsent').checked).toBe(false);
  });
});
