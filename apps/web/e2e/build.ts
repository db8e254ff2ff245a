import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    webDist: string;
  }
}

/** Builds the dashboard as `pnpm start` does, into a folder of its own, so tests never see a stale build. */
export default async function setup(project: TestProject) {
  const outDir = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  await build({
    root: path.join(repoRoot, 'apps', 'web'),
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  project.provide('webDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
