/**
 * The tasks of the SDK bench, over one answer of 1,000 contract events (`{ data, nextCursor }`,
 * about 600 kB of JSON). Measured with tinybench: a library with a programmatic API whose
 * results (median, p99, samples) go straight into the JSON report, where vitest bench would mean
 * parsing a CLI reporter's output.
 */
import { EventPage } from '@razem/contract';
import { createRazemClient } from '@razem/sdk';
import { Bench } from 'tinybench';
import { safeParse } from 'zod/mini';
import { monthOfEvents } from '../lib/events.ts';
import { median, round } from '../lib/stats.ts';

/** One task's timing. */
export interface TaskTiming {
  medianMs: number;
  p99Ms: number;
  samples: number;
}

/** What one run of the tasks measured. */
export interface SdkTimings {
  events: number;
  bodyBytes: number;
  jsonParse: TaskTiming;
  jsonParseAndValidate: TaskTiming;
  fetchJson?: TaskTiming;
  sdkList?: TaskTiming;
}

/** 1,000 events as the API would send them in one answer. */
export function answerBody(count = 1000): string {
  return JSON.stringify({ data: [...monthOfEvents(count / 2, 2026, 11, 7), ...monthOfEvents(count / 2, 2026, 12, 7)], nextCursor: null });
}

/**
 * Runs the tasks, `time` ms per task and round. `withClient` adds the full client path (fetch, retries, validation) beside a
 * plain `fetch` + `response.json()`, both against an in-memory `fetch`, so no network is timed.
 */
export async function runSdkTasks(options: { time: number; rounds?: number; count?: number; withClient: boolean }): Promise<SdkTimings> {
  const count = options.count ?? 1000;
  const body = answerBody(count);
  const respond = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  const client = createRazemClient({ baseUrl: 'http://127.0.0.1:9/', fetch: respond, retry: false });
  // Fail loudly rather than time a rejection: the fixtures must pass the contract.
  const checked = safeParse(EventPage, JSON.parse(body));
  if (!checked.success) throw new Error(`bench fixtures break the contract: ${JSON.stringify(checked.error.issues[0])}`);
  if ((await client.events.list()).data.length !== count) throw new Error('the SDK returned a different number of events');

  // Several short rounds rather than one long one: on a shared machine, load drifts; rounds
  // interleave the tasks in time, and the median of the rounds' medians resists a noisy moment.
  const perRound: Record<string, { p50: number[]; p99: number[]; samples: number }> = {};
  for (let round = 0; round < (options.rounds ?? 3); round += 1) {
    const bench = new Bench({ time: options.time, warmupTime: Math.min(200, options.time / 4) });
    bench.add('JSON.parse', () => {
      JSON.parse(body);
    });
    bench.add('JSON.parse + EventPage', () => {
      if (!safeParse(EventPage, JSON.parse(body)).success) throw new Error('invalid');
    });
    if (options.withClient) {
      bench.add('fetch + json()', async () => {
        await (await respond()).json();
      });
      bench.add('sdk events.list()', async () => {
        await client.events.list();
      });
    }
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!('latency' in result)) throw new Error(`${task.name}: ${'error' in result ? String(result.error) : result.state}`);
      const entry = (perRound[task.name] ??= { p50: [], p99: [], samples: 0 });
      entry.p50.push(result.latency.p50);
      entry.p99.push(result.latency.p99);
      entry.samples += result.latency.samplesCount;
    }
  }
  const timing = (name: string): TaskTiming => {
    const entry = perRound[name]!;
    return { medianMs: round(median(entry.p50), 3), p99Ms: round(median(entry.p99), 3), samples: entry.samples };
  };
  return {
    events: count,
    bodyBytes: Buffer.byteLength(body),
    jsonParse: timing('JSON.parse'),
    jsonParseAndValidate: timing('JSON.parse + EventPage'),
    ...(options.withClient ? { fetchJson: timing('fetch + json()'), sdkList: timing('sdk events.list()') } : {}),
  };
}
