import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The lint step (`pnpm lint`, biome check) enforces the boundaries of docs/architecture.md. Each case writes a
// temporary file with one deliberately wrong import where the rule applies, lints it with the repository's own
// biome.json and expects a failure naming the rule; the same file with an allowed import passes.
const root = path.resolve(import.meta.dirname, '../../..');
const biome = path.join(root, 'node_modules/.bin/biome');

async function lint(file: string, source: string): Promise<{ code: number; out: string }> {
  const target = path.join(root, file);
  writeFileSync(target, source);
  try {
    return await new Promise((resolve) => {
      execFile(biome, ['lint', '--colors=off', file], { cwd: root }, (err, stdout, stderr) => {
        resolve({ code: typeof err?.code === 'number' ? err.code : err ? 1 : 0, out: stdout + stderr });
      });
    });
  } finally {
    rmSync(target, { force: true });
  }
}

const importing = (specifier: string) => `import * as m from '${specifier}';\n\nexport const n = m;\n`;

describe('the lint step fails on an import across a boundary', () => {
  test.each([
    {
      what: 'the engine importing the service (an upward import)',
      file: 'packages/extract/src/zz-boundary-probe.ts',
      specifier: '@fazhi/service',
      message: 'extract (the pure engine) may import only catalog, gazetteer, values',
    },
    {
      what: 'the database importing ingest (an upward import)',
      file: 'packages/db/src/zz-boundary-probe.ts',
      specifier: '@fazhi/ingest',
      message: 'values, contract and db may import only catalog',
    },
    {
      what: 'the text-reuse engine importing the database (a pure engine imports no other package)',
      file: 'packages/reuse/src/zz-boundary-probe.ts',
      specifier: '@fazhi/db',
      message:
        'catalog, config, gazetteer and reuse (the vocabulary, the environment, the divisions, the text-reuse',
    },
    {
      what: 'the service importing the wire shapes (the API maps domain types to the contract at the edge)',
      file: 'packages/service/src/zz-boundary-probe.ts',
      specifier: '@fazhi/contract',
      message: 'service may import only catalog, db, gazetteer, ingest, reuse, values',
    },
    {
      what: 'the dashboard importing the API (one app importing another)',
      file: 'apps/web/src/zz-boundary-probe.ts',
      specifier: '@fazhi/api',
      message: 'the dashboard (no app, no server-side package) may import only',
    },
    {
      what: "production code importing a package's test helpers",
      file: 'apps/api/src/zz-boundary-probe.ts',
      specifier: '@fazhi/db/testing',
      message: 'Production code must not import a /testing subpath',
    },
    {
      what: "a relative import into another package's files",
      file: 'apps/cli/src/zz-boundary-probe.ts',
      specifier: '../../api/src/app.ts',
      message: 'Import another package through its name',
    },
  ])('$what', async ({ file, specifier, message }) => {
    const { code, out } = await lint(file, importing(specifier));
    expect(code).not.toBe(0);
    expect(out).toContain(message);
  });

  test('and passes when the same file imports what its layer allows', async () => {
    const { code, out } = await lint(
      'packages/extract/src/zz-boundary-probe.ts',
      importing('@fazhi/catalog'),
    );
    expect(out).not.toContain('may import only');
    expect(code).toBe(0);
  });
});
