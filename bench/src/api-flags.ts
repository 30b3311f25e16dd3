import { readFileSync } from 'node:fs';

/**
 * The Node.js flags the API runs with in production, read from its `start` script (the image's
 * CMD repeats them), so that the benchmarks run what production runs.
 */
export const API_NODE_FLAGS: readonly string[] = (
  JSON.parse(readFileSync(new URL('../../apps/api/package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  }
).scripts.start
  .split(' ')
  .filter((word) => word.startsWith('--'));
