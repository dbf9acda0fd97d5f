/** The shape of `results/benchmarks.json`: every section's results and the run's context. */
import type { ApiResults } from './api/bench.ts';
import type { CalendarResults } from './browser/calendar.ts';
import type { ConsentResults } from './browser/consent.ts';
import type { MachineInfo } from './lib/machine.ts';
import type { SdkResults } from './sdk/bench.ts';
import type { SizeResults } from './sizes/bench.ts';

/** A section that could not run: why. */
export interface Failed {
  error: string;
}

/** Everything one `pnpm bench` run measured. */
export interface BenchResults {
  /** ISO 8601 time the run started. */
  startedAt: string;
  durationSeconds: number;
  /** `smoke` runs are the test's tiny version: not for quoting. */
  mode: 'full' | 'smoke';
  machine: MachineInfo;
  /** Versions of Razem's packages and of every peer. */
  versions: Record<string, string>;
  sizes?: SizeResults | Failed;
  sdk?: SdkResults | Failed;
  api?: ApiResults | Failed;
  calendar?: CalendarResults | Failed;
  consent?: ConsentResults | Failed;
}

/** Section results that ran, or undefined. */
export function ran<T extends object>(section: T | Failed | undefined): T | undefined {
  return section && !('error' in section) ? section : undefined;
}

/** The time targets from the element issues (milliseconds, Chromium). */
export const CALENDAR_TARGETS: Record<number, { firstRender?: number; monthSwitch?: number }> = {
  2000: { firstRender: 16, monthSwitch: 16 },
  10000: { firstRender: 35 },
};
