import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '@fazhi/config';
import { build } from 'vite';

/** Builds the dashboard exactly as `pnpm start` does, into a fresh temporary folder; returns the folder. */
export async function buildDashboard(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'web-dist-'));
  await build({
    root: path.join(repoRoot, 'apps', 'web'),
    configLoader: 'runner',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
