import { readFileSync } from 'node:fs';

const { scripts } = JSON.parse(
  readFileSync(new URL('../../apps/api/package.json', import.meta.url), 'utf8'),
) as { scripts: { start: string } };
const words = scripts.start.split(' ');

/**
 * The Node.js flags the API runs with in production: those of its `start` script, between `node`
 * and the entry point (the image's CMD repeats them), so that the benchmarks run what production runs.
 */
export const API_NODE_FLAGS: readonly string[] = words.slice(1, words.indexOf('dist/main.js'));
