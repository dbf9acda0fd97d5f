import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testApi } from '../../test/api.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import type { RazemIdeaForm } from './idea-form.js';
import { fill, find, idea, mount, text, trackingCode, usePage } from './test-helpers.js';

const page = usePage();

const active = (el: RazemIdeaForm) => el.shadowRoot!.activeElement as HTMLElement | null;
const errorOf = (el: RazemIdeaForm, field: string) => text(el, `#${field}-error`);

describe('<razem-idea-form> by keyboard', () => {
  it('submits with the keyboard alone; the idea reaches the API and its database', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before the form';
    page.host.before(before);
    const submitted = vi.fn();
    page.host.addEventListener('razem-idea-submitted', (e) => submitted((e as CustomEvent).detail));
    const el = await mount(page.host, 'privacy-notice-url="https://bkppt.pl/rodo"');
    before.focus();
    try {
      await userEvent.tab();
      expect(active(el)?.id).toBe('title');
      await userEvent.keyboard('Opera na odkrywce');
      await userEvent.tab();
      expect(active(el)?.id).toBe('description');
      await userEvent.keyboard('Letnie koncerty w dawnej odkrywce, z dojazdem autobusami z Bełchatowa.');
      await userEvent.tab();
      expect(active(el)?.id).toBe('category');
      await userEvent.keyboard('K'); // type-ahead: „Kultura”
      await userEvent.tab();
      expect(active(el)?.id).toBe('authorRole');
      await userEvent.keyboard('Mi'); // „Mieszkaniec / mieszkanka”
      for (const id of ['name', 'email', 'municipality']) {
        await userEvent.tab();
        expect(active(el)?.id).toBe(id);
      }
      await userEvent.tab();
      expect(active(el)?.tagName).toBe('A'); // the full privacy notice
      await userEvent.tab();
      expect(active(el)?.id).toBe('privacyConsent');
      await userEvent.keyboard(' ');
      await userEvent.tab(); // the honeypot is skipped
      expect(active(el)?.getAttribute('type')).toBe('submit');
      await userEvent.keyboard('{Enter}');

      const code = await trackingCode(el);
      expect(active(el)?.id).toBe('success-title');
      expect(submitted).toHaveBeenCalledOnce();
      expect(submitted.mock.calls[0]![0].trackingCode).toBe(code);
      // The public status is read from the API's database.
      const stored = (await (await fetch(`${testApi().url}/v1/ideas/status/${code}`)).json()) as Record<string, unknown>;
      expect(stored).toMatchObject({ trackingCode: code, title: 'Opera na odkrywce', category: 'culture', status: 'received' });
    } finally {
      before.remove();
    }
  });

  it('submits on Enter in a single-line field, focusing an error summary whose links focus the fields', async () => {
    const el = await mount(page.host);
    find(el, '#title').focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(active(el)?.getAttribute('part')).toBe('summary'));
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="summary"] a')];
    expect(links.map((a) => a.textContent)).toEqual([
      'Wpisz tytuł pomysłu',
      'Opisz swój pomysł',
      'Wybierz obszar, którego dotyczy pomysł',
      'Wybierz, jako kto zgłaszasz pomysł',
      'Zaznacz zgodę, aby wysłać pomysł',
    ]);
    await userEvent.tab();
    await userEvent.tab();
    expect(active(el)).toBe(links[1]);
    await userEvent.keyboard('{Enter}');
    expect(active(el)?.id).toBe('description');
  });
});

describe('<razem-idea-form> errors', () => {
  it('says nothing while a field is typed into for the first time, then follows every keystroke', async () => {
    const el = await mount(page.host);
    const title = find<HTMLInputElement>(el, '#title');
    await userEvent.type(title, 'Par');
    await el.updateComplete;
    expect(errorOf(el, 'title')).toBe('');
    expect(title.getAttribute('aria-invalid')).toBeNull();

    await userEvent.tab();
    await vi.waitFor(() => expect(errorOf(el, 'title')).toBe('Błąd: Tytuł musi mieć co najmniej 5 znaków'));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(title.getAttribute('aria-describedby')).toBe('title-hint title-error');

    await userEvent.type(title, 'k w');
    await el.updateComplete;
    expect(errorOf(el, 'title')).toBe('');
    expect(title.getAttribute('aria-describedby')).toBe('title-hint');
  });

  it('does not flag empty fields a keyboard user tabs past', async () => {
    const el = await mount(page.host);
    find(el, '#title').focus();
    for (let i = 0; i < 6; i++) await userEvent.tab();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="error"]')).toHaveLength(0);
  });

  it('shows server-side field errors in the same summary and inline messages', async () => {
    const { cutConnections } = await import('./test-helpers.js');
    // A body the client would never send, changed on the way: the real API refuses it.
    const cut = cutConnections(() => (body) => ({ ...body, municipality: 'x'.repeat(121) }));
    try {
      const el = await mount(page.host);
      await fill(el, { ...idea, municipality: 'Kleszczów' });
      await userEvent.click(find(el, '[type="submit"]'));
      await vi.waitFor(() => expect(errorOf(el, 'municipality')).toBe('Błąd: Nazwa gminy może mieć najwyżej 120 znaków'));
      expect(cut.sent[0]!.status).toBe(422);
      expect(active(el)?.getAttribute('part')).toBe('summary');
      expect(text(el, '[part~="summary"] a')).toBe('Nazwa gminy może mieć najwyżej 120 znaków');
      // Editing the field hands it back to client validation.
      await userEvent.fill(find(el, '#municipality'), 'Kleszczów');
      await el.updateComplete;
      expect(errorOf(el, 'municipality')).toBe('');
    } finally {
      cut.restore();
    }
  });

  it('never sends an idea without ticked consent; the box is never ticked for the person', async () => {
    const el = await mount(page.host);
    expect(find<HTMLInputElement>(el, '#privacyConsent').checked).toBe(false);
    await fill(el, { ...idea, privacyConsent: false });
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(errorOf(el, 'privacyConsent')).toBe('Błąd: Zaznacz zgodę, aby wysłać pomysł'));
    expect(el.shadowRoot!.querySelector('[part~="success"]')).toBeNull();
  });
});

describe('<razem-idea-form> drafts', () => {
  it('restores the draft and its idempotency key after a reload, never the consent', async () => {
    const first = await mount(page.host, '', 'draft-test');
    await fill(first, { ...idea, name: 'Anna Nowak' });
    const key = () => (JSON.parse(localStorage.getItem('razem-idea-form:draft-test:/:draft') ?? 'null') as { key?: string } | null)?.key;
    page.host.innerHTML = ''; // the page goes away (pagehide / disconnect saves at once)
    const savedKey = key();
    expect(savedKey).toMatch(/.{8,}/);

    const second = await mount(page.host, '', 'draft-test');
    expect(find<HTMLInputElement>(second, '#title').value).toBe(idea.title);
    expect(find<HTMLTextAreaElement>(second, '#description').value).toBe(idea.description);
    expect(find<HTMLSelectElement>(second, '#category').value).toBe('infrastructure');
    expect(find<HTMLInputElement>(second, '#name').value).toBe('Anna Nowak');
    expect(find<HTMLInputElement>(second, '#privacyConsent').checked).toBe(false);
    expect(text(second, '[part~="notice"]')).toBe('Przywróciliśmy wersję roboczą, którą zacząłeś / zaczęłaś wcześniej.');
    await userEvent.type(find(second, '#title'), '!');
    second.remove();
    expect(key()).toBe(savedKey);
  });

  it('keeps a separate draft for each of two forms given the same form-id, in page order', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const mountTwo = async () => {
      const { url, publishableKey } = testApi();
      page.host.innerHTML = `<razem-idea-form api-base="${url}" api-key="${publishableKey}"></razem-idea-form>`.repeat(2);
      const forms = [...page.host.querySelectorAll('razem-idea-form')];
      await vi.waitFor(() => expect(forms.every((form) => form.shadowRoot?.querySelector('form'))).toBe(true));
      return forms;
    };
    const [first, second] = await mountTwo();
    await fill(first!, { title: 'Ławki przy rynku w Kleszczowie' });
    await fill(second!, { title: 'Oświetlenie ścieżki nad zalewem' });
    page.host.innerHTML = ''; // reload

    const [firstAgain, secondAgain] = await mountTwo();
    expect(find<HTMLInputElement>(firstAgain!, '#title').value).toBe('Ławki przy rynku w Kleszczowie');
    expect(find<HTMLInputElement>(secondAgain!, '#title').value).toBe('Oświetlenie ścieżki nad zalewem');
    expect(warn).toHaveBeenCalledWith('[razem-idea-form] 2 forms share form-id "ideas"; give each its own');
    warn.mockRestore();
  });

  it('clears the form and the stored draft on request', async () => {
    const el = await mount(page.host, '', 'clear-test');
    await fill(el, idea);
    await userEvent.click(find(el, '[part~="secondary"]'));
    await el.updateComplete;
    expect(find<HTMLInputElement>(el, '#title').value).toBe('');
    expect(find<HTMLInputElement>(el, '#privacyConsent').checked).toBe(false);
    expect(text(el, '[part~="notice"]')).toBe('Formularz został wyczyszczony.');
    expect(localStorage.getItem('razem-idea-form:clear-test:/:draft')).toBeNull();
  });
});

describe('<razem-idea-form> layout, languages and configuration', () => {
  it('fits 320 px without horizontal scrolling', async () => {
    page.host.style.width = '320px';
    const el = await mount(page.host);
    await userEvent.click(find(el, '[type="submit"]'));
    await el.updateComplete;
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
  });

  it('speaks English and Ukrainian, errors included', async () => {
    page.host.lang = 'en';
    const el = await mount(page.host);
    await vi.waitFor(() => expect(text(el, 'label[for="title"]')).toBe('Title of your idea'));
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(errorOf(el, 'title')).toBe('Error: Enter a title for your idea'));
    page.host.lang = 'uk';
    await vi.waitFor(() => expect(errorOf(el, 'title')).toBe('Помилка: Введіть назву ідеї'));
    expect(text(el, '[part~="counter"]')).toBe('Залишилося символів: 5 000'); // grouped, as Ukrainian writes it
  });

  it('offers the consortium’s categories with its labels, from the JSON child', async () => {
    const config = { categories: ['business', { value: 'social', label: { pl: 'Społeczne' } }], strings: { pl: { submit: 'Zgłoś' } } };
    const el = await mount(page.host, '', undefined, `<script type="application/json">${JSON.stringify(config)}</script>`);
    const options = [...find<HTMLSelectElement>(el, '#category').options].map((o) => o.textContent);
    expect(options).toEqual(['Wybierz…', 'Gospodarka i przedsiębiorczość', 'Społeczne']);
    expect(text(el, '[type="submit"]')).toBe('Zgłoś');
  });

  it('shows the partner’s own privacy clause from the slot', async () => {
    const el = await mount(page.host, 'privacy-notice-version="bkppt-2024-05"', undefined, '<p slot="privacy-notice">Administratorem danych jest BKPPT.</p>');
    const slot = find<HTMLSlotElement>(el, 'slot[name="privacy-notice"]');
    expect(slot.assignedElements().map((e) => e.textContent)).toEqual(['Administratorem danych jest BKPPT.']);
  });

  it('counts description characters, announcing the count only near the limit', async () => {
    const el = await mount(page.host);
    await userEvent.fill(find(el, '#description'), 'x'.repeat(4400));
    await el.updateComplete;
    expect(text(el, '[part~="counter"]')).toBe('Pozostało znaków: 600');
    const live = find(el, '[aria-live="polite"]');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(live.textContent).toBe('');
    await userEvent.fill(find(el, '#description'), 'x'.repeat(5003));
    await vi.waitFor(() => expect(live.textContent).toBe('Za dużo znaków: 3'));
    expect(find(el, '#description').getAttribute('aria-describedby')).toBe('description-hint description-count');
  });
});

describe('<razem-idea-form> modes', () => {
  it('switches between the form and the status check when `mode` changes', async () => {
    const el = await mount(page.host);
    el.mode = 'status';
    await vi.waitFor(() => expect(find(el, '#code')).toBeTruthy());
    expect(text(el, '#status-title')).toBe('Sprawdź status pomysłu');
    el.mode = 'form';
    await vi.waitFor(() => expect(find(el, '#title')).toBeTruthy());
  });
});

describe('<razem-idea-form> accessibility', () => {
  it('is axe-clean empty, with errors, and on success', async () => {
    const el = await mount(page.host, 'privacy-notice-url="https://bkppt.pl/rodo"');
    await expectNoAxeViolations(el);
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part~="summary"]')).toBeTruthy());
    await expectNoAxeViolations(el);
    await fill(el, idea);
    await userEvent.click(find(el, '[type="submit"]'));
    await trackingCode(el);
    await expectNoAxeViolations(el);
  });
});
