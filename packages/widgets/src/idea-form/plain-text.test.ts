/**
 * <razem-idea-form> renders whatever people type, pages configure or the API echoes back as
 * text, never as markup: in every field, a restored draft, the error summary, the queued screen,
 * the status view, configured labels and copy.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/axe.js';
import type { RazemIdeaForm } from './idea-form.js';
import { fill, find, idea, mount, setOnline, text, trackingCode, usePage } from './test-helpers.js';

const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
const page = usePage();

/** No element the payload could have created, and nothing it could have run. */
function expectNoMarkup(el: RazemIdeaForm): void {
  expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
  expect(el.querySelector('img')).toBeNull();
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
}

describe('<razem-idea-form> plain text only', () => {
  it('keeps markup typed into every field as text: fields, errors, a restored draft, the queue, the status', async () => {
    const values = {
      title: `${payload} tytuł`,
      description: `${payload} opis pomysłu, który ma dość znaków`,
      name: payload,
      email: `${payload}@example.pl`,
      municipality: payload,
    };
    const first = await mount(page.host, '', 'plain-text');
    await fill(first, { ...values, category: idea.category, authorRole: idea.authorRole });
    await userEvent.click(find(first, '[type="submit"]'));
    await vi.waitFor(() => expect(text(first, '#email-error')).toMatch(/adres e-mail/));
    expectNoMarkup(first);

    // A reload brings every field back exactly as typed.
    page.host.innerHTML = '';
    const el = await mount(page.host, '', 'plain-text');
    for (const [field, value] of Object.entries(values)) {
      expect(find<HTMLInputElement>(el, `#${field}`).value, field).toBe(value);
    }
    expectNoMarkup(el);

    // Queued while offline: the title is quoted as text.
    await fill(el, { email: 'anna@example.pl', privacyConsent: true });
    setOnline(false);
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(text(el, '[part~="queued"] .muted')).toBe(`„${values.title}”`));
    expectNoMarkup(el);

    // Sent, then read back from the API in the status view.
    setOnline(true);
    const code = await trackingCode(el);
    await userEvent.click(find(el, '[part~="success"] button'));
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toContain(code), { timeout: 15_000 });
    const title = [...el.shadowRoot!.querySelectorAll('[part~="status"] dd')][1]!;
    expect(title.textContent).toBe(values.title);
    expectNoMarkup(el);
    await expectNoAxeViolations(el);
  });

  it('renders the page’s category labels and copy overrides as text', async () => {
    const config = { categories: [{ value: 'culture', label: payload }], strings: { pl: { submit: payload, titleHint: payload } } };
    // `<\/` is how JSON inside a script element writes `</`, so that it cannot end the element.
    const json = JSON.stringify(config).replaceAll('</', '<\\/');
    const el = await mount(page.host, '', undefined, `<script type="application/json">${json}</script>`);
    expect([...find<HTMLSelectElement>(el, '#category').options].map((o) => o.textContent)).toEqual(['Wybierz…', payload]);
    expect(text(el, '[type="submit"]')).toBe(payload);
    expect(text(el, '#title-hint')).toBe(payload);
    expectNoMarkup(el);
  });
});
