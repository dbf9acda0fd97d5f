import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', enums: 'src/enums.ts', openapi: 'src/openapi/document.ts' },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: true,
  // One module per entry keeps the browser entry free of zod-openapi.
  splitting: true,
  treeshake: true,
});
