import { readFileSync } from 'node:fs';

const ENTRY = 'dist/main.js';
const { scripts } = JSON.parse(
  readFileSync(new URL('../../apps/api/package.json', import.meta.url), 'utf8'),
) as { scripts: { start: string } };
const words = scripts.start.trim().split(/\s+/);
const entry = words.indexOf(ENTRY);
if (words[0] !== 'node' || entry < 0)
  throw new Error(`apps/api's start script is not "node <flags> ${ENTRY}": ${scripts.start}`);

/**
 * The Node.js flags the API runs with in production: those of its `start` script, between `node`
 * and the entry point (the image's CMD repeats them), so that the benchmarks run what production runs.
 */
export const API_NODE_FLAGS: readonly string[] = words.slice(1, entry);
