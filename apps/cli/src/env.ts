import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory a command was started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Hand-checked fixtures live beside the repository (../shared/fixtures); FIXTURES_DIR overrides. */
export function fixturesDir(): string {
  return process.env.FIXTURES_DIR ?? path.resolve(repoRoot, '../shared/fixtures');
}

/** Paths on the command line are relative to where the user ran pnpm (pnpm runs scripts from the root). */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}
