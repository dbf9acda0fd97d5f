#!/usr/bin/env node
// Runs a non-vitest check (lint, typecheck, publint, attw, size-limit…) and records its outcome
// as `.test-results/<name>.json` so `pnpm test` counts it: `node ../../scripts/check.mjs lint -- eslint .`
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const [name, separator, command, ...args] = process.argv.slice(2);
if (!name || separator !== '--' || !command) {
  console.error('usage: check.mjs <name> -- <command> [args…]');
  process.exit(2);
}
const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
const ok = result.status === 0;
mkdirSync('.test-results', { recursive: true });
writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 }));
process.exit(result.status ?? 1);
