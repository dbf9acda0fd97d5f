import { beforeEach, describe, expect, it } from 'vitest';
import { enqueue, flushQueue, readQueue, type QueuedRecord, type SendOutcome } from './queue.js';

let name = '';
let counter = 0;
beforeEach(() => {
  name = `queue-${++counter}`;
});

const item = (n: number): QueuedRecord => ({
  key: `key-${n}`,
  input: {
    consentId: '3f0c4a52-8d5e-4b7a-9c1d-2e6f8a9b0c1d',
    policyRevision: 1,
    choices: { necessary: true, analytics: n % 2 === 0 },
    method: 'custom',
    decidedAt: new Date(Date.UTC(2026, 0, n)).toISOString(),
    language: 'pl',
  },
});

/** A sender that answers from a script of outcomes and records what it was given. */
function sender(outcomes: SendOutcome[]) {
  const sent: string[] = [];
  const send = async (record: QueuedRecord): Promise<SendOutcome> => {
    sent.push(record.key);
    return outcomes.shift() ?? 'done';
  };
  return { sent, send };
}

describe('proof-of-consent outbox', () => {
  it('sends oldest first and empties the queue', async () => {
    [1, 2, 3].forEach((n) => enqueue(name, item(n)));
    const { sent, send } = sender([]);
    await flushQueue(name, send);
    expect(sent).toEqual(['key-1', 'key-2', 'key-3']);
    expect(readQueue(name)).toEqual([]);
  });

  it('stops at the first record that must wait and keeps it and the rest', async () => {
    [1, 2, 3].forEach((n) => enqueue(name, item(n)));
    const { sent, send } = sender(['done', 'retry']);
    await flushQueue(name, send);
    expect(sent).toEqual(['key-1', 'key-2']);
    expect(readQueue(name).map((r) => r.key)).toEqual(['key-2', 'key-3']);
  });

  it('sends a retried record with the same idempotency key', async () => {
    enqueue(name, item(1));
    const first = sender(['retry']);
    await flushQueue(name, first.send);
    const second = sender([]);
    await flushQueue(name, second.send);
    expect([...first.sent, ...second.sent]).toEqual(['key-1', 'key-1']);
    expect(readQueue(name)).toEqual([]);
  });

  it('runs one flush at a time, so no record is sent twice at once', async () => {
    enqueue(name, item(1));
    const { sent, send } = sender([]);
    const runs = [flushQueue(name, send), flushQueue(name, send), flushQueue(name, send)];
    expect(runs[0]).toBe(runs[1]);
    await Promise.all(runs);
    expect(sent).toEqual(['key-1']);
  });

  it('keeps records added while a flush is running', async () => {
    enqueue(name, item(1));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = flushQueue(name, async () => {
      await gate;
      return 'done';
    });
    enqueue(name, item(2));
    release();
    await run;
    // The run read the queue before item 2 arrived; item 2 waits for the next flush.
    expect(readQueue(name).map((r) => r.key)).toEqual(['key-2']);
  });

  it('drops the oldest records beyond 50, so an unreachable API cannot fill storage', () => {
    for (let n = 1; n <= 55; n++) enqueue(name, item(n));
    const keys = readQueue(name).map((r) => r.key);
    expect(keys).toHaveLength(50);
    expect(keys[0]).toBe('key-6');
  });
});
