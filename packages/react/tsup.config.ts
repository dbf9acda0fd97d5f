/**
 * The npm build: ESM, one module per wrapper (`@razem/react/<element>`) plus the index, `.d.ts`
 * beside each. React, `@lit/react` and the widgets stay imports, deduped by the partner's bundler.
 * Entries are the generated wrappers, so a new element needs no change here.
 */
import { globSync } from 'node:fs';
import { defineConfig } from 'tsup';

const entry: Record<string, string> = { index: 'src/index.ts' };
for (const file of globSync('src/generated/*.ts').filter((file) => !file.endsWith('/index.ts'))) {
  entry[file.slice('src/generated/'.length, -3)] = file;
}

export default defineConfig({
  entry,
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
  sourcemap: true,
  clean: true,
  dts: true,
  // The wrappers use refs and effects: React Server Components must treat them as client code.
  banner: { js: "'use client';" },
});
