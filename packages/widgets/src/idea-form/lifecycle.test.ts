/**
 * <razem-idea-form> inside single-page apps: attributes a router changes while the form is on the
 * page.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cutConnections, fill, find, idea, mount, text, trackingCode, usePage } from './test-helpers.js';

const page = usePage();

describe('<razem-idea-form> in a single-page app', () => {
  it('checks the new code when `tracking-code` changes in status mode (a route /status/:code)', async () => {
    const sent = await mount(page.host);
    await fill(sent, idea);
    await userEvent.click(find(sent, '[type="submit"]'));
    const code = await trackingCode(sent);

    const el = await mount(page.host, 'mode="status" tracking-code="RZM-0000-0000"');
    await vi.waitFor(() => expect(text(el, '#code-error')).toContain('Nie znaleźliśmy pomysłu o tym kodzie'));
    el.setAttribute('tracking-code', code);
    await vi.waitFor(() => expect(text(el, '[part~="status"]')).toContain(code), { timeout: 15_000 });
    expect(find<HTMLInputElement>(el, '#code').value).toBe(code);
    expect(text(el, '#code-error')).toBe('');
  });

  it('sends a waiting idea again when the form comes back after a route change, not only on a timer it dropped', async () => {
    let fault: 'fail' | 'pass' = 'fail';
    const cut = cutConnections(() => fault);
    page.restore = cut.restore;
    const queued = vi.fn();
    const el = await mount(page.host);
    el.addEventListener('razem-idea-queued', queued);
    await fill(el, idea);
    await userEvent.click(find(el, '[type="submit"]'));
    // The API is unreachable: queued, to be tried again in 15 s.
    await vi.waitFor(() => expect(queued).toHaveBeenCalledWith(expect.objectContaining({ detail: { reason: 'unreachable' } })), { timeout: 15_000 });
    const attempts = cut.sent.length;

    el.remove(); // the visitor goes to another route and comes back to the kept element
    fault = 'pass';
    page.host.append(el);
    // Sent at once (well before the dropped 15 s timer would have), once, with the same key.
    await vi.waitFor(() => expect(text(el, '[part~="code"]')).toMatch(/^RZM-/), { timeout: 10_000 });
    expect(cut.sent.slice(attempts).map((s) => s.status)).toEqual([201]);
    expect(new Set(cut.sent.map((s) => s.key)).size).toBe(1);
  });
});
