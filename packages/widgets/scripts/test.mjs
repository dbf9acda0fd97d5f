#!/usr/bin/env node
// `pnpm test` in @razem/widgets: Node unit tests, Chromium tests, the SSR tests, the size budgets,
// then the package checks (publint, attw). Each step runs even when an earlier one failed so every
// report lands in `.test-results/`.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

// attw skips wildcard exports (`./*`, `./*/define`, `./shared/*`); name what they expand to.
const elements = globSync('src/*/*.define.ts').map((file) => file.split('/')[1]);
const shared = globSync('src/shared/*.ts')
  .filter((file) => !/\.(test|unit\.test)\.ts$/.test(file))
  .map((file) => `./shared/${file.slice('src/shared/'.length, -3)}`);
const entrypoints = [...elements.flatMap((name) => [`./${name}`, `./${name}/define`]), ...shared];

const steps = [
  ['vitest', ['run', '--project', 'unit']],
  ['vitest', ['run', '--project', 'browser']],
  ['vitest', ['run', '--config', 'test/ssr.vitest.config.ts']],
  ['node', ['../../scripts/check.mjs', 'size', '--', 'size-limit']],
  ['node', ['../../scripts/check.mjs', 'publint', '--', 'publint', '--strict']],
  [
    'node',
    ['../../scripts/check.mjs', 'attw', '--', 'attw', '--pack', '.', '--profile', 'esm-only', '--include-entrypoints', ...entrypoints],
  ],
];
let failed = false;
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
