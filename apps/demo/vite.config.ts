/**
 * Builds the npm + Vite page (`vite/`) into `dist/vite/`, served by the demo server at `/vite/`.
 * The server, not Vite, fills in the API address, key and each response's CSP nonce.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'vite',
  base: '/vite/',
  publicDir: false,
  build: {
    outDir: '../dist/vite',
    emptyOutDir: true,
    // Small assets become data: URLs, which the policy's img-src allows; scripts stay files.
    assetsInlineLimit: 0,
    // The polyfill is for browsers without modulepreload; every browser the widgets need has it.
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
});
