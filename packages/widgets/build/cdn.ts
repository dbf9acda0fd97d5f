/**
 * The CDN build (`dist/cdn/`): browser-ready ES modules for a plain `<script type="module">`,
 * everything bundled and minified. Layout and caching:
 *
 * - `loader.js`                one script for the whole page (src/loader/loader.ts): loads the
 *                              consent core first, then only the elements on the page; checks
 *                              every file against its SRI hash. Mutable (revalidate it);
 *                              `loader-<hash>.js` is the same file under an immutable name.
 * - `<element>/define.js`      stable per-element entry for a direct script tag: one line that
 *                              imports `<element>/define-<hash>.js`. Mutable.
 * - `define.js`                registers every element. Mutable.
 * - `<element>/define-<hash>.js` the element's own code; registers its tag. Immutable.
 * - `chunks/runtime-core-<hash>.js` Lit, `define()`, version and theme tokens: what every Lit
 *                              element needs (the consent banner needs no more). Immutable.
 * - `chunks/runtime-<hash>.js` the other shared foundations (states, localization, config,
 *                              base class). Immutable.
 * - `chunks/sdk-<hash>.js`     zod, the SDK's HTTP core and errors, the contract's building
 *                              blocks (enums, common fields, response views), src/shared/client.ts:
 *                              loaded once per page, only when an element first calls the API.
 *                              Schemas and SDK resources travel with the element that uses them.
 * - `chunks/*-<hash>.js`       lazily loaded parts of elements (copy, API code, dialogs).
 * - `sri-<hash>.js`            the integrity table the loader puts in an import map.
 * - `manifest.json`            every file's `sha384` integrity, size and gzip size; the entries.
 * - `graph.json`               the chunk graph for the size budgets; written last, so a reader
 *                              that sees a new one sees a complete build.
 *
 * Immutable files are named by their content hash and can be served with
 * `Cache-Control: public, max-age=31536000, immutable`; only the few mutable entries change from
 * build to build. The contract and the SDK are bundled from their sources so that each schema
 * module lands with the element that validates it, not in the shared SDK chunk.
 *
 * Rolldown rather than esbuild because its chunk groups keep that layout however many elements
 * share the runtime (esbuild split it into a chunk per combination of importers). Run after
 * tsup: `node build/cdn.ts`.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown, type OutputChunk, type Plugin } from 'rolldown';
import { loaderTable, type CdnEntries } from './cdn-entries.ts';
import { minifyTemplates } from './minify-templates.ts';
import { markModuleCallsPure } from './pure-contract.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'dist/cdn');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

const defineFiles = globSync('src/*/*.define.ts', { cwd: root }).sort();
const folder = (file: string): string => file.split('/')[1]!;
const input = Object.fromEntries(defineFiles.map((file) => [`${folder(file)}/define`, resolve(root, file)]));

/** Compacts Lit's css``/html`` templates of our sources (see minify-templates.ts). */
const compactTemplates: Plugin = {
  name: 'razem-compact-templates',
  transform: {
    filter: { id: /[\\/]packages[\\/]widgets[\\/]src[\\/].*\.ts$/ },
    // Lines are kept, so the identity map (null) keeps source maps right.
    handler: (code) => ({ code: minifyTemplates(code), map: null }),
  },
};

/** Marks the contract's module-level calls pure, so unused schemas leave nothing behind. */
const pureContract: Plugin = {
  name: 'razem-pure-contract',
  transform: {
    filter: { id: /[\\/]packages[\\/]contract[\\/]src[\\/].*\.ts$/ },
    // Only comments are inserted within lines, so the identity map (null) keeps source maps right.
    handler: (code, id) => ({ code: markModuleCallsPure(code, id), map: null }),
  },
};

/**
 * The contract and the SDK from their sources rather than their single-file builds: rolldown
 * places modules, not parts of them, so only then can each schema module go with the element
 * that uses it. Exact specifiers, so a new subpath export fails the build instead of resolving
 * to the wrong file.
 */
const SOURCES: Record<string, string> = {
  '@razem/contract': '../contract/src/index.ts',
  '@razem/contract/enums': '../contract/src/enums.ts',
  '@razem/sdk': '../sdk/src/index.ts',
};
const fromSources: Plugin = {
  name: 'razem-from-sources',
  resolveId: (source) => {
    if (SOURCES[source]) return resolve(root, SOURCES[source]);
    if (/^@razem\/(contract|sdk)\//.test(source)) throw new Error(`build/cdn.ts: add ${source} to SOURCES`);
    return null;
  },
};

/** Options both builds (elements, loader) share. */
const common = {
  cwd: root,
  platform: 'browser',
  tsconfig: resolve(root, 'tsconfig.json'),
  checks: { configurationFieldConflict: false },
} as const;
const output = {
  format: 'esm',
  minify: true,
  // Licence notices stay; tree-shaking hints have done their job by now.
  comments: { legal: true, annotation: false, jsdoc: false },
} as const;

rmSync(outDir, { recursive: true, force: true });

const bundle = await rolldown({
  ...common,
  input,
  plugins: [fromSources, compactTemplates, pureContract],
  transform: { define: { __RAZEM_WIDGETS_VERSION__: JSON.stringify(version) } },
});
const built = await bundle.write({
  ...output,
  dir: outDir,
  sourcemap: true,
  entryFileNames: '[name]-[hash].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  codeSplitting: {
    groups: [
      {
        // Everything a Lit element needs at all, the consent banner included.
        name: 'runtime-core',
        priority: 3,
        test: /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]|src[\\/]shared[\\/](define|tokens|version)\.ts$/,
      },
      {
        // What every call to the API needs, the contract's building blocks included; resources
        // and schemas stay with their elements.
        name: 'sdk',
        priority: 2,
        test: /node_modules[\\/]zod[\\/]|[\\/]sdk[\\/]src[\\/](http|errors)\.ts$|[\\/]contract[\\/]src[\\/](common|response|enums|fields)\.ts$|src[\\/]shared[\\/]client\.ts$/,
      },
      {
        name: 'runtime',
        priority: 1,
        test: /src[\\/]shared[\\/]/,
      },
    ],
  },
});
await bundle.close();
const chunks = built.output.filter((file): file is OutputChunk => file.type === 'chunk');

/** Writes a file below dist/cdn. */
const write = (path: string, content: string): void => {
  mkdirSync(dirname(resolve(outDir, path)), { recursive: true });
  writeFileSync(resolve(outDir, path), content);
};
const sri = (content: string | Buffer): string => `sha384-${createHash('sha384').update(content).digest('base64')}`;
const contentHash = (content: string): string => createHash('sha256').update(content).digest('base64url').slice(0, 10);

// Entries by element folder (`partner-list` → `partner-list/define-<hash>.js`).
const entries: CdnEntries = Object.fromEntries(
  chunks.filter((chunk) => chunk.isEntry).map((chunk) => [chunk.name.split('/')[0]!, chunk.fileName]),
);

// Stable names for direct script tags: one line each, so every way in reaches the same module
// (an element imported under two URLs would be two classes fighting over one tag).
for (const [name, file] of Object.entries(entries)) {
  write(`${name}/define.js`, `export*from"./${file.slice(name.length + 1)}";\n`);
}
write('define.js', `// Registers every <razem-*> element.\n${Object.values(entries).map((file) => `import"./${file}";\n`).join('')}`);

// The integrity table: every immutable file the loader can cause to be fetched, hashed as written
// (with its source map comment).
const immutable = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, sri(readFileSync(resolve(outDir, chunk.fileName)))]));
const table = `export default${JSON.stringify(immutable)};\n`;
const tableFile = `sri-${contentHash(table)}.js`;
write(tableFile, table);

const loaderBundle = await rolldown({
  ...common,
  input: resolve(root, 'src/loader/loader.ts'),
  transform: { define: { __RAZEM_LOADER__: JSON.stringify(loaderTable(entries, [tableFile, sri(table)])) } },
});
const loaderCode = (await loaderBundle.generate(output)).output[0].code;
await loaderBundle.close();
const loaderFile = `loader-${contentHash(loaderCode)}.js`;
write('loader.js', loaderCode);
write(loaderFile, loaderCode);

/** Every JavaScript file of the build: integrity, bytes, gzip bytes. */
const files = Object.fromEntries(
  globSync('**/*.js', { cwd: outDir })
    .sort()
    .map((path) => {
      const content = readFileSync(resolve(outDir, path));
      return [path, { integrity: sri(content), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }];
    }),
);
write(
  'manifest.json',
  `${JSON.stringify(
    {
      name: '@razem/widgets',
      version,
      loader: { mutable: 'loader.js', immutable: loaderFile },
      integrityTable: tableFile,
      entries,
      mutable: ['loader.js', 'define.js', ...Object.keys(entries).map((name) => `${name}/define.js`)],
      files,
    },
    null,
    1,
  )}\n`,
);

/** Module ids as the size budgets match them: `node_modules/…` or `<package>/src/…`. */
const moduleId = (id: string): string =>
  id.replace(/\\/g, '/').replace(/^.*\/node_modules\//, 'node_modules/').replace(/^.*\/packages\//, '');

/** The chunk graph: what each file imports statically and lazily, and its modules' sizes. */
const graph = {
  entries,
  files: Object.fromEntries(
    chunks.map((chunk) => [
      chunk.fileName,
      {
        imports: chunk.imports,
        dynamicImports: chunk.dynamicImports,
        // Bytes each module contributes before minification, to see where a chunk's weight is.
        modules: Object.fromEntries(Object.entries(chunk.modules).map(([id, info]) => [moduleId(id), info.renderedLength])),
      },
    ]),
  ),
};
write('graph.json', `${JSON.stringify(graph, null, 1)}\n`);
