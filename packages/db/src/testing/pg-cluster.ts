import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

// The pg project's global setup: the server named by TEST_DATABASE_URL (scripts/test.sh starts one), else a
// throwaway cluster of scripts/pg-cluster.sh, started here and stopped at the end unless it was already running.
const SCRIPT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../scripts/pg-cluster.sh',
);

const cluster = (command: 'start' | 'stop' | 'url') =>
  execFileSync('bash', [SCRIPT, command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();

export default function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('databaseUrl', given);
    return;
  }
  let running = '';
  try {
    running = cluster('url');
  } catch {
    // not running: started below
  }
  project.provide('databaseUrl', running || cluster('start'));
  return () => {
    if (!running) cluster('stop');
  };
}
