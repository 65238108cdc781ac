import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globals: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    sequence: { shuffle: false },
  },
});
