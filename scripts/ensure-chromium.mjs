#!/usr/bin/env node
// Browser tests run in a real Chromium. Playwright cannot download its own browsers on these
// machines, so use the system one: CHROMIUM_PATH, else /usr/bin/chromium; when neither exists and
// we may install system packages (root with apt-get), install Debian's chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('Chromium not found: installing Debian’s chromium (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'Chromium is needed for the browser tests. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
    'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
);
process.exit(1);
