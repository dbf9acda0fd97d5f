/**
 * Worker of the SDK bench: the same validation with zod `jitless`, as the SDK configures it in
 * browsers (no `new Function` under a strict CSP). A worker has its own zod instance, so the
 * setting does not leak into the main thread's measurements.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { config } from 'zod/mini';
import { runSdkTasks } from './tasks.ts';

config({ jitless: true });
const { time, rounds, count } = workerData as { time: number; rounds: number; count: number };
parentPort!.postMessage(await runSdkTasks({ time, rounds, count, withClient: false }));
