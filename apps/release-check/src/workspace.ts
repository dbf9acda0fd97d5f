/**
 * The workspace as a release sees it: where it is, its packages, which of them are public (no
 * `private: true`, so `changeset publish` would put them on npm), and a way to run the tools.
 */
import { execFile, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this package lives in `apps/release-check`). */
export const ROOT = resolve(import.meta.dirname, '../../..');

/** A package's manifest, the fields a release reads. */
export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  files?: string[];
  exports?: Record<string, string | Record<string, string>>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** One workspace package. */
export interface WorkspacePackage {
  /** Directory relative to the root, e.g. `packages/sdk`. */
  dir: string;
  manifest: Manifest;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Every package matched by `pnpm-workspace.yaml` (`- packages/*` style globs), sorted by dir. */
export function workspacePackages(root: string = ROOT): WorkspacePackage[] {
  const globs = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
    .split('\n')
    .map((line) => /^\s+-\s+['"]?([^'"#\s]+)\/\*['"]?\s*$/.exec(line)?.[1])
    .filter((dir): dir is string => !!dir);
  return globs
    .flatMap((parent) =>
      existsSync(join(root, parent))
        ? readdirSync(join(root, parent))
            .map((name) => `${parent}/${name}`)
            .filter((dir) => existsSync(join(root, dir, 'package.json')))
        : [],
    )
    .sort()
    .map((dir) => ({ dir, manifest: readJson<Manifest>(join(root, dir, 'package.json')) }));
}

/** The packages a release publishes. */
export function publicPackages(root: string = ROOT): WorkspacePackage[] {
  return workspacePackages(root).filter((pkg) => !pkg.manifest.private);
}

/** Runs a command to completion; throws with its output when it fails. */
export function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${options.cwd} (${result.error?.message ?? `exit ${result.status}`}):\n${String(result.stdout ?? '')}\n${String(result.stderr ?? '')}`,
    );
  }
  return String(result.stdout ?? '');
}

/**
 * Like {@link run}, without blocking this process: for commands that talk to a server this
 * process runs (the test API).
 */
export function runAsync(command: string, args: string[], options: { cwd: string; timeout?: number }): Promise<string> {
  return new Promise((done, fail) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      if (error) fail(new Error(`${command} ${args.join(' ')} failed in ${options.cwd}: ${error.message}\n${stdout}\n${stderr}`));
      else done(stdout);
    });
  });
}
