import type { IdeaReceipt } from '@razem/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SendIdea } from './delivery.js';
import type { IdeaFormValues } from './fields.js';
import { MemoryStorage, sampleIdea } from './fixtures.js';
import { IdeaFormFlow, type FlowHost, type StorageChange } from './form-flow.js';
import { safeStore, storageKey } from './storage.js';

/** localStorage shared by the tabs of one browser, telling the others of each change, as browsers do. */
class SharedStorage extends MemoryStorage {
  readonly tabs: { flow: IdeaFormFlow; active: boolean }[] = [];
  writer?: IdeaFormFlow;
  private change(key: string, newValue: string | null): void {
    const change: StorageChange = { key, oldValue: this.data.get(key) ?? null, newValue };
    queueMicrotask(() => this.tabs.filter((t) => t.flow !== this.writer && t.active).forEach((t) => t.flow.otherTab(change)));
  }
  override setItem(key: string, value: string): void {
    this.change(key, value);
    super.setItem(key, value);
  }
  override removeItem(key: string): void {
    if (this.data.has(key)) this.change(key, null);
    super.removeItem(key);
  }
}

const receipt: IdeaReceipt = { trackingCode: 'RZM-7K3Q-9XTB', status: 'received', receivedAt: '2026-11-23T10:00:00Z' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let storage: SharedStorage;
let sent: { key: string; title: string }[];

/** Sends as the API would, noting what it got. */
const store: SendIdea = async (submission, { idempotencyKey }) => {
  sent.push({ key: idempotencyKey, title: submission.title });
  return receipt;
};

/** A tab with the form open: its own flow over the browser's shared storage. */
function openTab(formId = 'ideas', send: SendIdea = store): IdeaFormFlow {
  const host: FlowHost = {
    requestUpdate: () => {},
    focusLater: () => {},
    emit: () => {},
    api: async () => {
      const later = await import('./api.js');
      flow.form.validator = later.validateIdea;
      return later;
    },
    send,
    context: () => ({ privacyNoticeVersion: 'razem-default-1', locale: 'pl' }),
    token: async () => undefined,
    online: () => true,
    minFillTime: () => 0,
  };
  const flow = new IdeaFormFlow(host);
  const tab = { flow, active: true };
  storage.tabs.push(tab);
  // Writes of this tab are not reported back to it.
  const store = safeStore(() => {
    storage.writer = flow;
    return storage;
  });
  flow.start(store, (kind) => storageKey(formId, '/pomysly', kind));
  return flow;
}

function type(flow: IdeaFormFlow, values: Partial<IdeaFormValues>): void {
  for (const [field, value] of Object.entries(values)) flow.input(field as keyof IdeaFormValues, value);
  flow.draft.flush();
}

beforeEach(() => {
  storage = new SharedStorage();
  sent = [];
});

describe('IdeaFormFlow: the same draft in two tabs', () => {
  it('shows the tracking code in the other tab instead of keeping the sent draft alive', async () => {
    const a = openTab();
    type(a, sampleIdea);
    const b = openTab();
    expect(b.notice).toBe('draftRestored');
    expect(b.draft.key).toBe(a.draft.key);

    await a.submit();
    await settle();
    expect(a.view).toBe('success');
    expect(b.view).toBe('success');
    expect(b.receipt).toEqual(receipt);
    expect(b.sentElsewhere).toBe(true);
    expect(b.values.title).toBe('');
    // Nothing in tab B can bring the sent draft (or its key) back.
    b.draft.flush();
    expect(openTab().values.title).toBe('');
    expect(b.draft.key).not.toBe(sent[0]!.key);
    expect(sent).toHaveLength(1);
  });

  it('says so, keeping the text and the key, when this tab had changed the idea before the other sent it', async () => {
    const a = openTab();
    type(a, sampleIdea);
    const b = openTab();
    type(b, { description: `${sampleIdea.description} Dopisane w drugiej karcie.` });
    await a.submit();
    await settle();
    expect(b.view).toBe('form');
    expect(b.notice).toBe('conflict');
    expect(b.sentCode).toBe(receipt.trackingCode);
    expect(b.values.description).toContain('Dopisane w drugiej karcie.');
    expect(b.draft.key).toBe(sent[0]!.key);

    // Typing on saves the text under the sent key; a reload still knows that key was sent.
    type(b, { name: 'Anna Nowak-Kowalska' });
    const reloaded = openTab();
    expect(reloaded.values.name).toBe('Anna Nowak-Kowalska');
    expect(reloaded.notice).toBe('conflict');

    // Sent as a new idea only when the person asks.
    type(b, { privacyConsent: true });
    await b.sendAsNew();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.key).not.toBe(sent[0]!.key);
  });

  it('moves a tab showing the same queued idea to its tracking code', async () => {
    const a = openTab();
    type(a, sampleIdea);
    const b = openTab();
    b.view = 'queued';
    await a.submit();
    await settle();
    expect(b.view).toBe('success');
  });

  it('clears the form when the other tab cleared the draft, and ignores other forms and writes', async () => {
    const a = openTab();
    type(a, sampleIdea);
    const b = openTab();
    const other = openTab('newsletter-ideas');
    type(other, { title: 'Inny formularz' });
    type(a, { title: 'Zmieniony tytuł w karcie A' });
    await settle();
    expect(b.notice).toBe('draftRestored');
    a.clear();
    await settle();
    expect(b.cleared).toBe('clearedElsewhere');
    expect(b.values.title).toBe('');
    expect(other.values.title).toBe('Inny formularz');
  });
});

describe('IdeaFormFlow: clearing', () => {
  it('can put back what was cleared until the next edit', () => {
    const tab = openTab();
    type(tab, { ...sampleIdea });
    tab.clear();
    expect(tab.cleared).toBe('draftCleared');
    expect(openTab().values.title).toBe('');
    tab.undoClear();
    expect(tab.values).toEqual(sampleIdea);
    tab.draft.flush();
    expect(openTab().values.title).toBe(sampleIdea.title);

    tab.clear();
    tab.input('title', 'N');
    expect(tab.cleared).toBeUndefined();
  });
});

describe('IdeaFormFlow: typing while the idea is sending', () => {
  it('keeps what was typed for the next idea, also when the idea was queued and sent later', async () => {
    let fail = true;
    let typing!: () => void;
    const typed = new Promise<void>((resolve) => (typing = resolve));
    const tab = openTab('ideas', async (submission, options) => {
      typing();
      // No answer (the connection dropped): the idea waits in the outbox.
      if (fail) throw new TypeError('Failed to fetch');
      return store(submission, options);
    });
    type(tab, sampleIdea);
    const sending = tab.submit();
    await typed;
    tab.input('description', `${sampleIdea.description} Dopisek.`);
    await sending;
    expect(tab.view).toBe('queued');
    fail = false;
    await tab.flush();
    expect(tab.view).toBe('success');
    expect(tab.editedWhileSending).toBe(true);
    expect(tab.values.description).toBe(`${sampleIdea.description} Dopisek.`);
    expect(tab.values.privacyConsent).toBe(false);
    expect(sent.map((s) => s.title)).toEqual([sampleIdea.title]);
  });
});
