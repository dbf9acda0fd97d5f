/**
 * A vitest reporter that prints, after the run, what the resilience suite tried: requests per
 * endpoint, faults injected, submissions acknowledged versus stored, kills and restarts, hostile
 * payloads rendered, refusals checked. It reads the counters tests left in their task meta.
 */
import type { Reporter, TestCase } from 'vitest/node';
import { addCounters, type Counters } from './stats.js';

/** Sum of every number under `counters`. */
function total(counters: Counters): number {
  return Object.values(counters).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : total(v)), 0);
}

function lines(counters: Counters, indent: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(counters).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value === 'number') out.push(`${indent}${key.padEnd(44 - indent.length)} ${value}`);
    else {
      // A total only means something when the group counts one kind of thing.
      const leaves = Object.values(value).every((v) => typeof v === 'number');
      out.push(`${indent}${key.padEnd(44 - indent.length)} ${leaves ? total(value) : ''}`.trimEnd());
      out.push(...lines(value, `${indent}  `));
    }
  }
  return out;
}

/** Prints the summary of the suite at the end of the run. */
export class SummaryReporter implements Reporter {
  private readonly counters: Counters = {};

  constructor(private readonly header: string) {}

  onTestCaseResult(testCase: TestCase): void {
    const counters = testCase.meta().resilience;
    if (counters) addCounters(this.counters, counters);
  }

  onTestRunEnd(): void {
    if (Object.keys(this.counters).length === 0) return;
    const body = lines(this.counters, '  ').join('\n');
    process.stdout.write(`\nResilience summary (${this.header})\n${body}\n\n`);
  }
}
