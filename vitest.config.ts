import { defineConfig } from 'vitest/config';

/**
 * Three layers of tests: `unit` (pure, node), `dom` (jsdom + fake-indexeddb)
 * and `e2e` (the production build in real headless Chromium). `npm test`
 * builds first, then runs all three.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['test/dom/setup.ts'],
          // Whole-app renders in jsdom take seconds on a busy 2-core machine; 5 s (the default) is too tight.
          testTimeout: 20_000,
        },
      },
      {
        // Not part of `npm test`: figures for `npm run bench`, printed, never asserted on time.
        test: { name: 'bench-node', environment: 'node', include: ['test/bench/node/**/*.bench-case.ts'], testTimeout: 120_000 },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          setupFiles: ['test/e2e/support/csp-guard.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
