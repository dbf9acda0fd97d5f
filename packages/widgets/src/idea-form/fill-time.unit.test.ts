import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FillTimer } from './fill-time.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('FillTimer', () => {
  it('lets a submission through at once when the minimum has passed', async () => {
    const timer = new FillTimer(3000);
    timer.start();
    vi.advanceTimersByTime(45_000);
    let done = false;
    void timer.wait().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(timer.elapsed()).toBe(45_000);
  });

  it('holds a too-fast submission until the minimum, then lets it through', async () => {
    const timer = new FillTimer(3000);
    timer.start();
    vi.advanceTimersByTime(1200);
    expect(timer.remaining()).toBe(1800);
    let done = false;
    void timer.wait().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1799);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(timer.elapsed()).toBe(3000);
  });

  it('counts from when a restored draft was started, never from the future', () => {
    const timer = new FillTimer(3000);
    timer.start(Date.now() - 60 * 60 * 1000);
    expect(timer.elapsed()).toBe(60 * 60 * 1000);
    expect(timer.remaining()).toBe(0);
    const skewed = new FillTimer(3000);
    skewed.start(Date.now() + 10_000);
    expect(skewed.elapsed()).toBe(0);
  });

  it('keeps the first start', () => {
    const timer = new FillTimer(3000);
    timer.start();
    vi.advanceTimersByTime(2000);
    timer.start();
    expect(timer.remaining()).toBe(1000);
  });

  it('stops waiting when cancelled', async () => {
    const timer = new FillTimer(3000);
    const abort = new AbortController();
    const waiting = timer.wait(abort.signal);
    abort.abort(new Error('gone'));
    await expect(waiting).rejects.toThrow('gone');
    await expect(timer.wait(abort.signal)).rejects.toThrow('gone');
  });
});
