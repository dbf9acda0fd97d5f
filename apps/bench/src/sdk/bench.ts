/**
 * SDK section: what validating answers against the contract costs. 1,000 events parsed with
 * `JSON.parse` alone, parsed and validated with the contract's `EventPage` (what the SDK does to
 * every answer), and the whole `events.list()` call beside a plain `fetch` + `json()`. Node runs
 * zod with its JIT; the jitless run (how browsers run it) is in a worker.
 */
import { Worker } from 'node:worker_threads';
import { runSdkTasks, type SdkTimings } from './tasks.ts';

/** The SDK section's results. */
export interface SdkResults {
  tool: string;
  node: SdkTimings;
  jitless: SdkTimings | null;
  notes: string[];
}

/** Runs the SDK section; `time` is milliseconds per task and round. */
export async function benchSdk(options: { time: number; rounds: number; count?: number }): Promise<SdkResults> {
  const count = options.count ?? 1000;
  const node = await runSdkTasks({ time: options.time, rounds: options.rounds, count, withClient: true });
  const notes: string[] = [];
  let jitless: SdkTimings | null = null;
  try {
    jitless = await new Promise<SdkTimings>((resolve, reject) => {
      const worker = new Worker(new URL('./jitless-worker.ts', import.meta.url), { workerData: { time: options.time, rounds: options.rounds, count } });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`jitless worker exited with ${code}`)));
    });
  } catch (error) {
    notes.push(`jitless run failed: ${(error as Error).message}`);
  }
  return { tool: 'tinybench', node, jitless, notes };
}
