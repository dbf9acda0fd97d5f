/**
 * Headless Chromium for the browser sections: the system Chromium (`CHROMIUM_PATH`, else
 * /usr/bin/chromium) through playwright-core, which downloads nothing. Without the frame-rate
 * limit and vsync, a frame is produced as soon as there is work, so "until the next frame" in
 * the timings adds no wait for a 60 Hz tick.
 */
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../lib/machine.ts';

/** Chromium's flags for every browser run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  // `window.gc()`: the calendar harness collects garbage before each timed call (see calendar-common.ts).
  '--js-flags=--expose-gc',
];

/** Launches headless Chromium, or explains why it cannot. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium: set CHROMIUM_PATH or install /usr/bin/chromium');
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
