import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globals: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // restify 11 reads process.binding('http_parser') once; the warning is noise in test output.
    execArgv: ['--disable-warning=DEP0111'],
    sequence: { shuffle: false },
  },
});
