import { defineConfig } from 'vitest/config';

// One API server (started by the global setup) serves every test file; files run one after the other.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['./src/global-setup.ts'],
    setupFiles: ['./src/failure-journal.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A page answers within a second on a quiet machine, not always on a busy CI one: a poll that
    // gave up after the default second failed tests whose page was only slow.
    expect: { poll: { timeout: 10_000 } },
  },
});
