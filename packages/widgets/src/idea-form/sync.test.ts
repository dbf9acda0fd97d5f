/**
 * <razem-idea-form> when its draft was sent from somewhere else: another tab or window of the
 * same browser holds the same draft and idempotency key. (Two real tabs: apps/demo
 * `idea-tabs.e2e.test.ts`.) The person is told what happened in words, and nothing is stored
 * twice unless they choose to send their version as a new idea.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { testApi } from '../../test/api.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { cutConnections, fill, find, idea, mount, stored, text, trackingCode, usePage } from './test-helpers.js';

const page = usePage();

/** Sends `body` with `key` straight to the API, as another tab with the same draft would. */
async function sendElsewhere(key: string, body: Record<string, unknown>): Promise<string> {
  const { url, publishableKey } = testApi();
  const response = await fetch(`${url}/v1/ideas`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${publishableKey}`, 'idempotency-key': key },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { trackingCode: string }).trackingCode;
}

describe('<razem-idea-form> with a draft sent elsewhere', () => {
  it('explains a 409 for its own key in words, keeps the text, and sends it as a new idea only when asked', async () => {
    const cut = cutConnections(() => 'pass');
    page.restore = cut.restore;
    const failed = vi.fn();
    page.host.addEventListener('razem-idea-failed', (e) => failed((e as CustomEvent).detail.code));
    const el = await mount(page.host, '', 'sync-conflict');
    await fill(el, idea);
    await vi.waitFor(() => expect(stored('sync-conflict', 'draft')?.key).toMatch(/.{8,}/));
    const key = stored('sync-conflict', 'draft')!.key as string;
    // The other tab sent the draft as it was before this tab's last edits.
    const first = await sendElsewhere(key, {
      title: idea.title,
      description: 'Pierwsza wersja opisu, wysłana z innej karty tej przeglądarki.',
      category: idea.category,
      authorRole: idea.authorRole,
      privacyNoticeVersion: 'razem-default-1',
      privacyConsent: true,
    });

    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() =>
      expect(text(el, '[part~="notice"]')).toContain(
        'Ten pomysł został już wysłany w innej karcie lub innym oknie, więc Twoje zmiany nie zostały wysłane.',
      ),
    );
    expect(failed).toHaveBeenCalledWith('idempotency_conflict');
    expect(find<HTMLTextAreaElement>(el, '#description').value).toBe(idea.description);
    expect(el.shadowRoot!.activeElement).toBe(find(el, '[part~="notice"]'));
    await expectNoAxeViolations(el);

    // Send again: still the same draft, still refused, still explained; nothing stored twice.
    await userEvent.click(find(el, '[type="submit"]'));
    await vi.waitFor(() => expect(cut.sent.filter((s) => s.status === 409)).toHaveLength(2));
    expect(cut.sent.every((s) => s.key === key)).toBe(true);

    // The answer is in (the network log has it); the form shows it once it has handled it.
    await vi.waitFor(() => expect(text(el, '[part~="notice"] button')).toBe('Wyślij jako nowy pomysł'));
    await userEvent.click(find(el, '[part~="notice"] button'));
    const second = await trackingCode(el);
    expect(second).not.toBe(first);
    expect(cut.sent.at(-1)!.key).not.toBe(key);
    expect(cut.sent.at(-1)!.status).toBe(201);
  });
});
