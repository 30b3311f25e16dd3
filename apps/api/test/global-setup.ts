import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTemplate, dropTemplate, type TemplateInfo } from '@sportello/db/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    dbTemplate: TemplateInfo;
  }
}

/** Migrates and loads reference data once; every test file then clones this template. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'sportello-test-'));
  const template = await createTemplate(process.env.DATABASE_URL || undefined, join(dir, 'template.tar'));
  project.provide('dbTemplate', template);
  return async () => {
    await dropTemplate(process.env.DATABASE_URL || undefined, template);
    rmSync(dir, { recursive: true, force: true });
  };
}
