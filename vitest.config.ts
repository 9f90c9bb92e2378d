import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'web/src/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    exclude: ['bench/out/**', 'node_modules/**'],
    // Browser tests on a busy 2-core machine can take a while; a hung test still ends.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
