import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema, printSchema } from 'graphql';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

/** The base SDL plus every module's `schema.graphql`, in a stable order. */
export function loadSdl(): string {
  const modulesDir = join(srcDir, 'modules');
  const moduleFiles = readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(modulesDir, entry.name, 'schema.graphql'))
    .filter((file) => existsSync(file))
    .sort();
  const files = [join(srcDir, 'graphql', 'base.graphql'), ...moduleFiles];
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

export function buildMergedSchema(): GraphQLSchema {
  return buildSchema(loadSdl());
}

export function printMergedSchema(): string {
  return printSchema(buildMergedSchema());
}
