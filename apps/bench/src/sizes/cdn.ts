/**
 * The widgets' CDN build (`packages/widgets/dist/cdn`) measured as served: the files a
 * `<script type="module">` page downloads, found by following the `import` statements in the
 * built files themselves (no build metadata, so this keeps working when the build changes),
 * compressed the same way as every bundle in the size section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { measureBytes, type Sizes } from './bundle.ts';

const STATIC = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The CDN build's files and the imports between them. */
export class CdnBuild {
  private readonly cache = new Map<string, { bytes: Uint8Array; imports: string[]; dynamicImports: string[] }>();

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The build in `dir`, or null when there is none. */
  static open(dir: string): CdnBuild | null {
    return existsSync(join(dir, 'consent/define.js')) ? new CdnBuild(dir) : null;
  }

  private file(path: string) {
    let file = this.cache.get(path);
    if (!file) {
      const bytes = readFileSync(join(this.dir, path));
      const text = new TextDecoder().decode(bytes);
      const target = (spec: string) => normalize(relative(this.dir, join(this.dir, dirname(path), spec)));
      const local = (spec: string) => spec.startsWith('.');
      file = {
        bytes,
        imports: [...text.matchAll(STATIC)].map((m) => m[1]!).filter(local).map(target),
        dynamicImports: [...text.matchAll(DYNAMIC)].map((m) => m[1]!).filter(local).map(target),
      };
      this.cache.set(path, file);
    }
    return file;
  }

  /** `start` and what it imports before running; with `follow`, accepted lazy imports too. */
  closure(start: string | string[], follow: (path: string) => boolean = () => false): string[] {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path) || !existsSync(join(this.dir, path))) return;
      seen.add(path);
      const file = this.file(path);
      file.imports.forEach(visit);
      file.dynamicImports.filter(follow).forEach(visit);
    };
    [start].flat().forEach(visit);
    return [...seen].sort();
  }

  /** Lazy imports of the given files. */
  lazy(paths: readonly string[]): string[] {
    return paths.flatMap((path) => this.file(path).dynamicImports);
  }

  /** File names a file mentions in string literals (a loader's table), that exist in the build. */
  mentioned(path: string, pattern: RegExp): string[] {
    const text = new TextDecoder().decode(this.file(path).bytes);
    return [...new Set(text.match(pattern) ?? [])].filter((name) => existsSync(join(this.dir, name)));
  }

  measure(paths: readonly string[]): Sizes {
    return measureBytes(paths.map((path) => this.file(path).bytes));
  }
}

const otherLanguage = (path: string) => /(^|\/)locales-(en|uk)[-.]/.test(path);
const polish = (path: string) => !otherLanguage(path);
const isRuntime = (path: string) => /^chunks\/(runtime|sdk)[-.]/.test(path);

/** CDN sizes by size-row id, for the rows that have a CDN counterpart. */
export function cdnSizes(dir: string): Map<string, Sizes> {
  const cdn = CdnBuild.open(dir);
  const sizes = new Map<string, Sizes>();
  if (!cdn) return sizes;
  const entry = (element: string) => `${element}/define.js`;
  const full = (element: string) => cdn.closure(entry(element), polish);
  const elements = ['partner-list', 'event-calendar', 'idea-form', 'consent-banner', 'consent-settings', 'consent'];
  const present = elements.filter((element) => existsSync(join(dir, entry(element))));
  const runtime = [...new Set(present.flatMap(full))].filter(isRuntime);
  if (runtime.length) sizes.set('runtime', cdn.measure(runtime));
  const rows: [string, () => string[]][] = [
    ['partner-list-inline', () => cdn.closure(entry('partner-list'))],
    ['partner-list-api', () => full('partner-list')],
    ['idea-form-on-top', () => full('idea-form').filter((p) => !isRuntime(p))],
    ['idea-form-standalone', () => full('idea-form')],
    ['calendar-on-top', () => full('event-calendar').filter((p) => !isRuntime(p))],
    ['calendar-initial', () => cdn.closure(entry('event-calendar'))],
    ['calendar-standalone', () => full('event-calendar')],
    ['consent-returning', () => cdn.closure(entry('consent'))],
    [
      'consent-first-visit',
      () => {
        const core = cdn.closure(entry('consent'));
        const banner = cdn.closure(entry('consent-banner'));
        const copy = cdn.lazy(banner).filter((p) => /(^|\/)locales-pl[-.]/.test(p));
        return [...new Set([...core, ...banner, ...cdn.closure(copy)])];
      },
    ],
    ['consent-settings', () => cdn.closure(entry('consent-settings'))],
  ];
  for (const [id, files] of rows) {
    const element = id.startsWith('partner') ? 'partner-list' : id.startsWith('idea') ? 'idea-form' : id.startsWith('calendar') ? 'event-calendar' : id === 'consent-settings' ? 'consent-settings' : 'consent';
    if (present.includes(element)) sizes.set(id, cdn.measure(files()));
  }
  return sizes;
}

/**
 * The CDN loader (`loader.js`, one script tag that loads the elements a page uses), as served:
 * the loader, what it imports, and the integrity table it always fetches before loading anything.
 */
export function loaderSizes(dir: string): { sizes: Sizes; files: string[] } | null {
  const cdn = CdnBuild.open(dir);
  if (!cdn || !existsSync(join(dir, 'loader.js'))) return null;
  const files = [...new Set([...cdn.closure('loader.js'), ...cdn.mentioned('loader.js', /\bsri-[\w-]+\.js\b/g)])];
  return { sizes: cdn.measure(files), files };
}
