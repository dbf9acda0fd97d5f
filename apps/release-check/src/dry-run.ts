/**
 * Release dry run: what `pnpm version-packages` and `pnpm release` would produce, without touching
 * the repository. On a throwaway copy of the workspace (manifests, changesets, and the public
 * packages with their built files) it runs `changeset status` (the plan) and `changeset version`
 * (versions and changelogs), then `pnpm pack`s every public package — `workspace:` ranges resolved
 * to the new versions, exactly as publishing would.
 *
 * The command line is scripts/dry-run.ts; the test (test/release.test.ts) installs the tarballs
 * into scratch projects.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { publicPackages, readJson, ROOT, run, workspacePackages, type Manifest } from './workspace.ts';

/** One package in the plan of `changeset status --output`. */
export interface PlannedRelease {
  name: string;
  type: 'major' | 'minor' | 'patch' | 'none';
  oldVersion: string;
  newVersion: string;
}

/** A public package after `changeset version` and `pnpm pack`. */
export interface PackedRelease extends PlannedRelease {
  dir: string;
  /** The section `changeset version` added to the package's CHANGELOG.md. */
  changelog: string;
  /** Absolute path of the `.tgz`. */
  tarball: string;
}

/** The outcome of a dry run. */
export interface DryRun {
  /** The versioned throwaway copy of the workspace. */
  workspace: string;
  /** Every package of the plan, private ones included (type `none`). */
  plan: PlannedRelease[];
  /** The public packages, versioned and packed, by name. */
  packed: Record<string, PackedRelease>;
}

const SKIP = new Set(['node_modules', '.turbo', '.test-results']);
const GIT = ['-c', 'user.name=Razem release check', '-c', 'user.email=release-check@razem.invalid', '-c', 'commit.gpgsign=false'];

/** The changesets CLI of the root package, run with this Node. */
function changeset(cwd: string, args: string[]): string {
  const require = createRequire(join(ROOT, 'package.json'));
  const pkg = require.resolve('@changesets/cli/package.json');
  const { bin } = readJson<{ bin: Record<string, string> }>(pkg);
  return run(process.execPath, [join(dirname(pkg), bin.changeset!), ...args], { cwd });
}

/** Manifests of every package, the changesets, and the public packages with their built files. */
function copyWorkspace(root: string, to: string): void {
  for (const file of ['package.json', 'pnpm-workspace.yaml']) cpSync(join(root, file), join(to, file));
  cpSync(join(root, '.changeset'), join(to, '.changeset'), { recursive: true });
  const publicDirs = new Set(publicPackages(root).map((pkg) => pkg.dir));
  for (const { dir } of workspacePackages(root)) {
    if (publicDirs.has(dir)) {
      cpSync(join(root, dir), join(to, dir), {
        recursive: true,
        filter: (source) => !SKIP.has(basename(source)) || relative(join(root, dir), source) === '',
      });
      continue;
    }
    mkdirSync(join(to, dir), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(join(root, dir, file))) cpSync(join(root, dir, file), join(to, dir, file));
    }
  }
}

/**
 * `pnpm pack` resolves a `workspace:` range from the dependency's installed manifest; the copy has
 * no install, so link each workspace dependency to its (versioned) package in the copy.
 */
function linkWorkspaceDependencies(workspace: string, dir: string, manifest: Manifest): void {
  const dirs = new Map(workspacePackages(workspace).map((pkg) => [pkg.manifest.name, pkg.dir]));
  const fields = [manifest.dependencies, manifest.devDependencies, manifest.peerDependencies, manifest.optionalDependencies];
  for (const [name, range] of fields.flatMap((deps) => Object.entries(deps ?? {}))) {
    const target = dirs.get(name);
    if (!range.startsWith('workspace:') || !target) continue;
    const link = join(workspace, dir, 'node_modules', name);
    if (existsSync(link)) continue;
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(workspace, target), link, 'dir');
  }
}

/** The section of `changelog` for `version` (from its `## version` heading to the next). */
function changelogSection(changelog: string, version: string): string {
  const start = changelog.indexOf(`\n## ${version}\n`);
  if (start < 0) return '';
  const end = changelog.indexOf('\n## ', start + 1);
  return changelog.slice(start + 1, end < 0 ? undefined : end).trim();
}

/** Runs the dry run into `outDir` (`workspace/` and `tarballs/` are created there). */
export function releaseDryRun(outDir: string, root: string = ROOT): DryRun {
  const workspace = join(outDir, 'workspace');
  const tarballs = join(outDir, 'tarballs');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(tarballs, { recursive: true });
  copyWorkspace(root, workspace);

  // `changeset status` compares with the base branch: the copy is one commit on `main`.
  run('git', ['init', '-q', '-b', 'main'], { cwd: workspace });
  run('git', [...GIT, 'add', '-A'], { cwd: workspace });
  run('git', [...GIT, 'commit', '-q', '-m', 'release dry run'], { cwd: workspace });
  changeset(workspace, ['status', '--output=release-plan.json']);
  const plan = readJson<{ releases: PlannedRelease[] }>(join(workspace, 'release-plan.json')).releases.map(
    ({ name, type, oldVersion, newVersion }) => ({ name, type, oldVersion, newVersion }),
  );
  changeset(workspace, ['version']);

  const packed: Record<string, PackedRelease> = {};
  for (const { dir, manifest } of publicPackages(workspace)) {
    linkWorkspaceDependencies(workspace, dir, manifest);
    const out = run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: join(workspace, dir) });
    const tarball = resolve(out.trim().split('\n').at(-1)!.trim());
    const planned = plan.find((release) => release.name === manifest.name);
    const changelogPath = join(workspace, dir, 'CHANGELOG.md');
    packed[manifest.name] = {
      name: manifest.name,
      type: planned?.type ?? 'none',
      oldVersion: planned?.oldVersion ?? manifest.version,
      newVersion: manifest.version,
      dir,
      changelog: existsSync(changelogPath) ? changelogSection(readFileSync(changelogPath, 'utf8'), manifest.version) : '',
      tarball,
    };
  }
  return { workspace, plan, packed };
}
