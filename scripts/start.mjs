#!/usr/bin/env node
// `pnpm start`: after the build, run the API (embedded Postgres with seed data), Storybook and the
// demo side by side, wait until each answers, print their addresses, and stop them all on Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const root = new URL('..', import.meta.url).pathname;
const apiPort = process.env.API_PORT ?? '8787';

const services = [
  {
    name: 'API',
    dir: 'apps/api',
    args: ['exec', 'node', 'dist/cli.js', 'serve', '--dev', '--port', apiPort],
    url: `http://127.0.0.1:${apiPort}/ready`,
    show: [
      `http://127.0.0.1:${apiPort}/v1/events`,
      `http://127.0.0.1:${apiPort}/v1/partners`,
      `http://127.0.0.1:${apiPort}/v1/events.ics`,
      `http://127.0.0.1:${apiPort}/openapi.json`,
    ],
  },
  {
    name: 'Storybook',
    dir: 'apps/storybook',
    args: ['run', 'dev'],
    url: 'http://127.0.0.1:6006/',
    show: ['http://127.0.0.1:6006/'],
  },
  {
    name: 'Demo',
    dir: 'apps/demo',
    args: ['run', 'dev'],
    url: 'http://127.0.0.1:5173/',
    show: ['http://127.0.0.1:5173/ (script tag + CDN loader)', 'http://127.0.0.1:5173/vite/ (npm packages, built with Vite)'],
  },
].filter((service) => existsSync(`${root}${service.dir}/package.json`));

const children = services.map((service) => {
  const child = spawn('pnpm', service.args, {
    cwd: `${root}${service.dir}`,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group: pnpm and the `node` shim in node_modules/.bin don't pass signals on,
    // so Ctrl+C is delivered to the whole group (see stop()).
    detached: true,
    env: { ...process.env, RAZEM_API_BASE: `http://127.0.0.1:${apiPort}`, FORCE_COLOR: '1' },
  });
  const prefix = `[${service.name}] `;
  const forward = (stream, out) =>
    stream.on('data', (chunk) => {
      for (const line of String(chunk).split('\n')) if (line.trim()) out.write(prefix + line + '\n');
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the rest.`);
      stop(1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.on('exit', r)) : null))).then(() =>
    process.exit(code),
  );
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitFor(url, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not up yet
    }
    await sleep(500);
  }
  return false;
}

const ready = await Promise.all(services.map((service) => waitFor(service.url)));
if (stopping) process.exit(1);
const lines = services.flatMap((service, i) =>
  ready[i] ? service.show.map((url) => `  ${service.name.padEnd(10)} ${url}`) : [`  ${service.name.padEnd(10)} did not start`],
);
console.log(`\nRazem is running:\n${lines.join('\n')}\n\nPress Ctrl+C to stop.\n`);
