import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/vitest-results.json' }]],
    hookTimeout: 60_000,
  },
});
