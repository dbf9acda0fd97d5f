/**
 * How hard the suite pushes. Bounded by default so `pnpm test` (and CI) stays quick; `RESILIENCE=long`
 * multiplies every input count by ten for a local soak. The fast-check seed is fixed so a failure
 * replays; `RESILIENCE_SEED` overrides it (fast-check prints the seed and path of any failure).
 */

/** True under `RESILIENCE=long`. */
export const LONG = process.env.RESILIENCE === 'long';

/** Multiplier of every count in the suite. */
export const FACTOR = LONG ? 10 : 1;

/** `n` inputs in the bounded mode, ten times as many in the long one. */
export const scaled = (n: number): number => n * FACTOR;

/** Seed of every fast-check property (fixed unless `RESILIENCE_SEED` is set). */
export const SEED = Number(process.env.RESILIENCE_SEED ?? 20_261_125);
