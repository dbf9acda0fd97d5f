/**
 * `pnpm --filter @razem/release-check dry-run [--out <dir>]`, after `pnpm build`: versions a
 * throwaway copy of the workspace with changesets and packs every public package (see
 * src/dry-run.ts). Prints the plan; the tarballs and the versioned copy with its changelogs stay
 * in `<dir>` (default: a new temporary directory) for inspection. The repository is not touched.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { releaseDryRun } from '../src/dry-run.ts';

const flag = process.argv.indexOf('--out');
const outDir = flag > 0 ? resolve(process.argv[flag + 1]!) : mkdtempSync(join(tmpdir(), 'razem-release-'));
const started = performance.now();
const { packed, workspace } = releaseDryRun(outDir);
console.log(`Release dry run (${((performance.now() - started) / 1000).toFixed(1)} s), nothing in the repository changed:\n`);
for (const release of Object.values(packed)) {
  const size = (statSync(release.tarball).size / 1024).toFixed(1);
  console.log(`  ${release.name.padEnd(18)} ${release.oldVersion} → ${release.newVersion} (${release.type})  ${basename(release.tarball)}  ${size} KiB`);
}
console.log(`\nTarballs: ${join(outDir, 'tarballs')}\nVersioned copy with changelogs: ${workspace}`);
