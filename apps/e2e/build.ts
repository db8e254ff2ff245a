import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildDashboard } from './dashboard.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    webDist: string;
  }
}

/** Builds the dashboard once for all e2e files, into a folder of its own, so tests never see a stale build. */
export default async function setup(project: TestProject) {
  const outDir = await buildDashboard();
  project.provide('webDist', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
