#!/usr/bin/env node
// `pnpm test` in @razem/react: the wrappers regenerated (a build restored from turbo's cache
// leaves no src/generated), vitest (Node, types, Chromium), then the package checks (publint,
// attw). Each step runs even when an earlier one failed so every report lands in `.test-results/`.
import { spawnSync } from 'node:child_process';
import { existsSync, globSync } from 'node:fs';

// attw skips the wildcard export `./*`: name the wrappers it expands to (not the shared
// declaration chunks, such as `wrap-<hash>.d.ts`, which have no module beside them).
const wrappers = globSync('dist/*.d.ts')
  .map((file) => file.slice('dist/'.length, -'.d.ts'.length))
  .filter((name) => name !== 'index' && !name.startsWith('chunk-') && existsSync(`dist/${name}.js`))
  .sort()
  .map((name) => `./${name}`);

const steps = [
  ['node', ['scripts/generate.ts']],
  ['vitest', ['run']],
  ['node', ['../../scripts/check.mjs', 'publint', '--', 'publint', '--strict']],
  ['node', ['../../scripts/check.mjs', 'attw', '--', 'attw', '--pack', '.', '--profile', 'esm-only', '--include-entrypoints', ...wrappers]],
];
let failed = false;
for (const [command, args] of steps) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
