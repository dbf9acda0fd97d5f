/**
 * The widgets' CDN build as the demo serves it: read into memory as one consistent snapshot,
 * addressed by a digest of its content. A page always names the snapshot whose files will be
 * served, so `immutable` caching is true, and a rebuild running next to the server (files
 * deleted, then rewritten) never shows a visitor half a build. The snapshot is taken again when
 * the build changes; the previous one stays available for pages already loaded.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { contentType, type StaticFile } from './files.ts';

/** One complete build. */
export interface CdnSnapshot {
  /** e.g. `0.1.0-3f9a0c1b2d`: package version and a digest of every file's name and content. */
  id: string;
  /** Files by path below the build's root, e.g. `/consent/define.js`. */
  files: Map<string, StaticFile>;
}

/** The file whose change marks a finished rebuild (the CDN build writes it last). */
const MARKER = 'graph.json';

async function readSnapshot(root: string, version: string): Promise<CdnSnapshot> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)).sort();
  if (!paths.some((path) => path.endsWith(`/${MARKER}`))) throw new Error(`${root} has no ${MARKER}: the build is incomplete`);
  const digest = createHash('sha256');
  const files = new Map<string, StaticFile>();
  for (const path of paths) {
    const name = `/${relative(root, path)}`;
    const body = await readFile(path);
    digest.update(name).update(body);
    files.set(name, { body, type: contentType(name), etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"` });
  }
  return { id: `${version}-${digest.digest('hex').slice(0, 10)}`, files };
}

/** The current snapshot of a CDN build, and the one before it. */
export class CdnBuild {
  private readonly root: string;
  private readonly version: string;
  private current!: CdnSnapshot;
  private previous: CdnSnapshot | undefined;
  private markerTime = 0;
  private checking: Promise<void> | undefined;

  private constructor(root: string, version: string) {
    this.root = root;
    this.version = version;
  }

  /**
   * Reads the build in `root`. A build in progress (files missing) is waited for, up to
   * `waitMs`; after that the error says what to run.
   */
  static async open(root: string, version: string, waitMs = 30_000): Promise<CdnBuild> {
    const build = new CdnBuild(root, version);
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        build.markerTime = (await stat(join(root, MARKER))).mtimeMs;
        build.current = await readSnapshot(root, version);
        return build;
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`No complete CDN build of @razem/widgets in ${root}: build it first (pnpm turbo run build --filter=@razem/demo...)`, {
            cause: error,
          });
        }
        await sleep(500);
      }
    }
  }

  /** The snapshot pages should name now. Takes a new one first when the build changed. */
  async latest(): Promise<CdnSnapshot> {
    this.checking ??= this.refresh().finally(() => (this.checking = undefined));
    await this.checking;
    return this.current;
  }

  /** The snapshot with this id, if it is the current or the previous one. */
  find(id: string): CdnSnapshot | undefined {
    return [this.current, this.previous].find((snapshot) => snapshot?.id === id);
  }

  private async refresh(): Promise<void> {
    try {
      const time = (await stat(join(this.root, MARKER))).mtimeMs;
      if (time === this.markerTime) return;
      const next = await readSnapshot(this.root, this.version);
      this.markerTime = time;
      if (next.id !== this.current.id) {
        this.previous = this.current;
        this.current = next;
      }
    } catch {
      // A rebuild is under way: keep serving the complete snapshot we have.
    }
  }
}
