/**
 * <razem-idea-form> inside single-page apps: attributes a router changes while the form is on the
 * page.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fill, find, idea, mount, text, trackingCode, usePage } from './test-helpers.js';

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
});
