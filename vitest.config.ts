// Vitest: tests mirror src/ under tests/. CLI tests start real child processes and the graph is
// parsed several times per file, so the timeout is generous; no test asserts a duration.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
