import { defineConfig } from 'vitest/config';
import { TIMEOUTS, WAITS, reporters } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...WAITS,
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    reporters: reporters('sdk'),
    // Each file starts its own in-memory API (PGlite), which takes seconds on a busy machine.
    hookTimeout: TIMEOUTS.hook,
    testTimeout: 30_000,
  },
});
