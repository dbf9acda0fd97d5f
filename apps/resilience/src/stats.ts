/**
 * What each test tried, carried to the summary reporter through vitest's task meta (it crosses from
 * worker threads and the browser to the main process). Counts are plain nested numbers so the
 * reporter can add them up without knowing every test.
 */
import type { TaskMeta } from 'vitest';

/** A tree of counters: `{ requests: { 'POST /v1/ideas': 120 } }`. */
export interface Counters {
  [name: string]: number | Counters;
}

declare module 'vitest' {
  interface TaskMeta {
    /** Counters of the resilience suite, summed by `SummaryReporter`. */
    resilience?: Counters;
  }
}

/** Adds `more` into `into`, key by key. */
export function addCounters(into: Counters, more: Counters): Counters {
  for (const [key, value] of Object.entries(more)) {
    const current = into[key];
    if (typeof value === 'number') {
      into[key] = (typeof current === 'number' ? current : 0) + value;
    } else {
      into[key] = addCounters(typeof current === 'object' ? current : {}, value);
    }
  }
  return into;
}

/** Increments `path` (e.g. `['requests', 'GET /v1/events']`) in `counters` by `by`. */
export function bump(counters: Counters, path: readonly string[], by = 1): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    const current = counters[head];
    counters[head] = (typeof current === 'number' ? current : 0) + by;
    return;
  }
  const child = counters[head];
  const next: Counters = typeof child === 'object' ? child : {};
  counters[head] = next;
  bump(next, rest, by);
}

/** Records `counters` on a test (`it('…', ({ task }) => report(task.meta, …))`). */
export function report(meta: TaskMeta, counters: Counters): void {
  meta.resilience = addCounters(meta.resilience ?? {}, counters);
}
