/**
 * Minimum fill time, a spam signal that costs people nothing. Bots post a form within
 * milliseconds of loading it; a person needs far longer than the minimum to write an idea. A
 * submission that comes too fast is not refused: it waits out the rest of the minimum and is sent,
 * so nobody is ever locked out (someone pasting a prepared text included). The measured time goes
 * to the API as `spam.fillTimeMs` for its own judgement.
 */

/** Measures how long the form has been interactive. */
export class FillTimer {
  /** When the form became interactive, or the restored draft was started (ms since the epoch). */
  startedAt: number | undefined;

  /**
   * @param minimumMs - the shortest plausible time to fill the form.
   * @param now - clock, for tests.
   */
  constructor(
    readonly minimumMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The form became interactive, or (`at`) the person started the draft it restored. Later calls
   * keep the first start.
   */
  start(at?: number): void {
    const now = this.now();
    this.startedAt ??= Math.min(at ?? now, now);
  }

  /** Milliseconds since {@link start} (0 before it). */
  elapsed(): number {
    return this.startedAt === undefined ? 0 : Math.max(0, this.now() - this.startedAt);
  }

  /** Milliseconds left until the minimum is reached (the full minimum before {@link start}). */
  remaining(): number {
    return Math.max(0, this.minimumMs - this.elapsed());
  }

  /**
   * Resolves when the minimum has passed: at once if it has, otherwise after the rest. Rejects
   * with `signal.reason` when `signal` aborts first.
   */
  wait(signal?: AbortSignal): Promise<void> {
    this.start();
    const rest = this.remaining();
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (rest === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, rest);
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}
