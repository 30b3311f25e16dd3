import { defineConfig } from 'vitest/config';

// The property tests score thousands of generated pairs: seconds each on a busy machine.
export default defineConfig({ test: { include: ['src/**/*.test.ts'], testTimeout: 60_000 } });
