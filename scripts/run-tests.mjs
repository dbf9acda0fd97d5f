#!/usr/bin/env node
// `pnpm test`: lint, typecheck, build and every test runner in the workspace (turbo, continuing past
// failures), then one summary. Every runner leaves JSON reports in its package's `.test-results/`
// (vitest's json reporter, or the `{ passed, failed, skipped }` files of scripts/check.mjs); the
// last line sums them all as `N passed, N failed, N skipped` for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps'].flatMap((dir) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((name) => join(root, dir, name)) : [],
);

// Reports of an earlier run must not be counted again; turbo restores cached ones.
for (const ws of workspaces) rmSync(join(ws, '.test-results'), { recursive: true, force: true });

const extraArgs = process.argv.slice(2);
// Two tasks at a time: every test suite already runs its files in parallel, and more suites at
// once on a two-core machine only make embedded databases and browsers miss their timeouts.
// `pnpm test --concurrency=4` overrides it on bigger machines.
const concurrency = extraArgs.some((arg) => arg.startsWith('--concurrency')) ? [] : ['--concurrency=2'];
const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--continue', ...concurrency, ...extraArgs], {
  cwd: root,
  stdio: 'inherit',
});

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
for (const ws of workspaces) {
  const dir = join(ws, '.test-results');
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    let report;
    try {
      report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      rows.push([`${ws.slice(root.length)}/${file}`, 0, 1, 0]);
      totals.failed += 1;
      continue;
    }
    const counts =
      'numTotalTests' in report
        ? {
            passed: report.numPassedTests,
            failed: report.numFailedTests + (report.numFailedTestSuites > 0 && report.numFailedTests === 0 ? 1 : 0),
            skipped: report.numPendingTests + report.numTodoTests,
          }
        : { passed: report.passed ?? 0, failed: report.failed ?? 0, skipped: report.skipped ?? 0 };
    rows.push([`${ws.slice(root.length)}/.test-results/${file}`, counts.passed, counts.failed, counts.skipped]);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
}

// A runner that crashed before writing a report still has to show up as a failure.
if (turbo.status !== 0 && totals.failed === 0) {
  rows.push(['turbo (a task failed without a test report)', 0, 1, 0]);
  totals.failed += 1;
}

console.log('\nTest reports:');
for (const [name, passed, failed, skipped] of rows) {
  console.log(`  ${name.padEnd(60)} ${String(passed).padStart(5)} passed ${String(failed).padStart(3)} failed ${String(skipped).padStart(3)} skipped`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || turbo.status !== 0 ? 1 : 0);
