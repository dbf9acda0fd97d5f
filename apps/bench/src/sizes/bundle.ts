/**
 * The one size tool used for Razem and every peer: rolldown (the bundler behind size-limit 14,
 * which the SDK's and widgets' budgets use, and behind Vite 8) bundles an entry the way an app's
 * build would: ESM, tree-shaken, code-split, minified, `NODE_ENV=production`, comments dropped.
 * Imported stylesheets become CSS files minified by esbuild's CSS minifier. Each output file is
 * then compressed on its own with zlib (gzip level 9, brotli quality 11), as a browser fetches
 * them. Lazy chunks stay separate files, so "what a page loads first" and "everything it can
 * load" are both read from the chunk graph.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rolldown, type Plugin } from 'rolldown';

/** Sizes of a set of files, each compressed on its own. */
export interface Sizes {
  minified: number;
  gzip: number;
  brotli: number;
  files: number;
}

/** One output file of a bundle. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
  /** Source modules in this file (absolute paths). */
  inputs: string[];
  /** Files it imports before it runs (stylesheets included). */
  imports: string[];
  /** Files it may `import()` later. */
  dynamicImports: string[];
}

/** A finished bundle: its files and which file each entry became. */
export interface Bundle {
  files: Map<string, OutputFile>;
  /** Entry id → its output file. */
  entries: Map<string, string>;
}

const root = resolve(import.meta.dirname, '../..');
// Virtual entry modules live "in" apps/bench, so bare imports resolve from its node_modules.
const PREFIX = resolve(root, '.bench-entry') + '/';

/**
 * Imported `.css` files become empty JS stubs (rolldown bundles no CSS). Their minified text is
 * kept aside, and the chunk holding the module that imported a stylesheet counts as loading it.
 */
function stylesheets(sheets: Map<string, { bytes: Uint8Array; importers: Set<string> }>): Plugin {
  return {
    name: 'bench-css',
    resolveId: {
      filter: { id: /\.css$/ },
      async handler(source, importer) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        if (!resolved) return null;
        const { code } = await transform(readFileSync(resolved.id, 'utf8'), { loader: 'css', minify: true, legalComments: 'none' });
        const sheet = sheets.get(resolved.id) ?? { bytes: new TextEncoder().encode(code), importers: new Set<string>() };
        if (importer) sheet.importers.add(importer);
        sheets.set(resolved.id, sheet);
        return `${resolved.id}${CSS_STUB}`;
      },
    },
    load: {
      filter: { id: /\?bench-css-stub$/ },
      handler: () => ({ code: 'export {};', moduleType: 'js' }),
    },
  };
}
const CSS_STUB = '?bench-css-stub';

/**
 * Bundles `entries` (id → module source) together, code-split, resolved from apps/bench.
 * `groups` names chunks that must hold every module matching `test` (rolldown chunk groups).
 */
export async function bundle(entries: Record<string, string>, groups: { name: string; test: RegExp }[] = []): Promise<Bundle> {
  const sheets = new Map<string, { bytes: Uint8Array; importers: Set<string> }>();
  const virtual: Plugin = {
    name: 'bench-entries',
    resolveId: (source) => (source.startsWith(PREFIX) ? source : null),
    load: (id) => (id.startsWith(PREFIX) ? { code: entries[id.slice(PREFIX.length, -3)]!, moduleSideEffects: true } : null),
  };
  const build = await rolldown({
    input: Object.fromEntries(Object.keys(entries).map((id) => [id, `${PREFIX}${id}.js`])),
    cwd: root,
    platform: 'browser',
    treeshake: true,
    checks: { pluginTimings: false },
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    plugins: [virtual, stylesheets(sheets)],
    onLog(level, log) {
      if (log.code === 'UNRESOLVED_IMPORT') throw new Error(log.message);
      if (level === 'warn' && !/EVAL|CIRCULAR|EMPTY_IMPORT_META/.test(log.code ?? '')) console.warn(`rolldown: ${log.message}`);
    },
  });
  const { output } = await build.generate({
    format: 'esm',
    minify: true,
    comments: false,
    ...(groups.length ? { codeSplitting: { groups: groups.map((g, i) => ({ ...g, priority: groups.length - i })) } } : {}),
  });
  await build.close();

  const files = new Map<string, OutputFile>();
  const entryFiles = new Map<string, string>();
  const sheetName = (path: string) => `css:${path.replace(/^.*\/node_modules\//, '')}`;
  for (const [path, { bytes }] of sheets) files.set(sheetName(path), { path: sheetName(path), bytes, inputs: [path], imports: [], dynamicImports: [] });
  for (const item of output) {
    if (item.type !== 'chunk') continue;
    const inputs = Object.keys(item.modules);
    const css = [...sheets].filter(([, sheet]) => item.moduleIds.some((id) => sheet.importers.has(id))).map(([path]) => sheetName(path));
    files.set(item.fileName, {
      path: item.fileName,
      bytes: new TextEncoder().encode(item.code),
      inputs,
      imports: [...item.imports, ...css],
      dynamicImports: item.dynamicImports,
    });
    if (item.isEntry && item.facadeModuleId?.startsWith(PREFIX)) entryFiles.set(item.facadeModuleId.slice(PREFIX.length, -3), item.fileName);
  }
  return { files, entries: entryFiles };
}

/**
 * Files loaded by `start` and what they import before running (stylesheets included). With
 * `follow`, lazy `import()` targets it accepts are followed too, with what they import.
 */
export function closure(b: Bundle, start: string | string[], follow: (file: OutputFile) => boolean = () => false): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    const file = b.files.get(path);
    if (!file || seen.has(path)) return;
    seen.add(path);
    file.imports.forEach(visit);
    for (const lazy of file.dynamicImports) {
      const target = b.files.get(lazy);
      if (target && follow(target)) visit(lazy);
    }
  };
  for (const path of [start].flat()) visit(path);
  return [...seen].sort();
}

const gzip = (data: Uint8Array) => gzipSync(data, { level: 9 }).byteLength;
const brotli = (data: Uint8Array) =>
  brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.byteLength } })
    .byteLength;

/** Minified, gzip and brotli bytes of `paths`, each file compressed on its own. */
export function measure(b: Bundle, paths: readonly string[]): Sizes {
  return measureBytes(
    paths.map((path) => {
      const file = b.files.get(path);
      if (!file) throw new Error(`${path} is not in the bundle`);
      return file.bytes;
    }),
  );
}

/** The same measurement for bytes as they are served (no bundling), e.g. a CDN loader. */
export function measureBytes(list: readonly Uint8Array[]): Sizes {
  return list.reduce<Sizes>(
    (sum, data) => ({
      minified: sum.minified + data.byteLength,
      gzip: sum.gzip + gzip(data),
      brotli: sum.brotli + brotli(data),
      files: sum.files + 1,
    }),
    { minified: 0, gzip: 0, brotli: 0, files: 0 },
  );
}
