/**
 * What the demo server recorded (`GET /__demo/log`): CSP reports from browsers and the page, and
 * hits of the visit counter that only the consented analytics snippet sends.
 */
import { expect } from 'vitest';
import type { DemoLog } from '../../server/log.ts';
import { demoEnv } from './env.ts';

/** Marks the one script the CSP test injects on purpose; its reports are expected. */
export const CSP_PROBE = 'csp-probe';

/** The server's log now. */
export async function demoLog(): Promise<DemoLog> {
  const response = await fetch(`${demoEnv().url}/__demo/log`);
  return (await response.json()) as DemoLog;
}

/** Hits of the visit counter so far. */
export async function statsHits(): Promise<number> {
  return (await demoLog()).statsHits.length;
}

/** No CSP report reached the server, apart from the CSP test's deliberate probe. */
export async function expectNoCspReports(): Promise<void> {
  const reports = (await demoLog()).cspReports.filter((report) => !report.sample.includes(CSP_PROBE));
  expect(reports).toEqual([]);
}
