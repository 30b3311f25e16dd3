import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printMergedSchema } from '../src/graphql/sdl.js';

const target = fileURLToPath(new URL('../../../packages/graphql/schema.graphql', import.meta.url));
writeFileSync(target, `${printMergedSchema()}\n`);
console.log(`schema written to ${target}`);
