/**
 * The npm build (`dist/`): ESM with code splitting; Lit, the SDK and the contract stay imports
 * (the partner's bundler dedupes them); `.d.ts` beside every entry. The CDN build for script
 * tags (`dist/cdn/`) is build/cdn.ts.
 *
 * Entries are discovered, so a new `src/<element>/` folder needs no change here:
 * `src/<element>/index.ts` → `<element>/index.js` (the class), `src/<element>/<element>.define.ts`
 * → `<element>/define.js` (registration), `src/shared/*.ts` → `shared/*.js` (npm only), and
 * `define.js` that registers every element.
 */
import { globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

const root = import.meta.dirname;
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const notTests = (file: string) => !/\.(test|unit\.test|stories|fixtures)\.ts$|\/fixtures\.ts$/.test(file);

// dist/cdn is written by build/cdn.ts after this build; start both from nothing.
rmSync(resolve(root, 'dist'), { recursive: true, force: true });

const defineFiles = globSync('src/*/*.define.ts', { cwd: root }).sort();
const entry: Record<string, string> = {};
for (const file of defineFiles) entry[`${file.split('/')[1]}/define`] = file;
for (const file of globSync('src/*/index.ts', { cwd: root })) entry[`${file.split('/')[1]}/index`] = file;
for (const file of globSync('src/shared/*.ts', { cwd: root }).filter(notTests)) {
  entry[`shared/${file.slice('src/shared/'.length, -3)}`] = file;
}

/**
 * `define.js` (+ `.d.ts`) registering every element: plain imports of the per-element define
 * entries, written after the build rather than bundled, so each `define()` call stays in its own
 * `<element>/define.js` (listed in `sideEffects`) instead of moving to a shared chunk.
 */
function writeDefineAll(): void {
  const lines = defineFiles.map((file) => `import './${file.split('/')[1]}/define.js';\n`).join('');
  writeFileSync(resolve(root, 'dist/define.js'), `// Registers every <razem-*> element.\n${lines}`);
  writeFileSync(resolve(root, 'dist/define.d.ts'), `${lines}export {};\n`);
}

export default defineConfig({
  entry,
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  treeshake: true,
  sourcemap: true,
  define: { __RAZEM_WIDGETS_VERSION__: JSON.stringify(version) },
  outDir: 'dist',
  dts: { entry },
  async onSuccess() {
    writeDefineAll();
  },
});

