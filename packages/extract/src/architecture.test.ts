import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// docs/architecture.md's package table is the package.json graph: each row's imports are the package's
// `@fazhi/*` dependencies, and what it lists in brackets (test-only rows) its devDependencies.
const root = path.resolve(import.meta.dirname, '../../..');
const doc = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
const names = (cell: string) =>
  [...cell.matchAll(/`([^`]+)`/g)].map((m) => (m[1] ?? '').replace(/\/testing$/, ''));

const rows = doc
  .split('\n')
  .filter((l) => /^\| (\d|app|tests) \|/.test(l))
  .flatMap((line) => {
    const [, , who = '', imports = ''] = line.split('|').map((c) => c.trim());
    const [prod = '', dev = ''] = imports.split('(');
    return names(who).map((name) => ({
      folder: name.includes('/') ? name : `packages/${name}`,
      prod: names(prod).sort(),
      dev: names(dev.replace(/^[^:]*:/, '')).sort(),
    }));
  });

function deps(folder: string) {
  const pkg = JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const ours = (o: Record<string, string> = {}) =>
    Object.keys(o)
      .filter((d) => d.startsWith('@fazhi/'))
      .map((d) => d.slice('@fazhi/'.length))
      .sort();
  return { prod: ours(pkg.dependencies), dev: ours(pkg.devDependencies) };
}

test('docs/architecture.md lists every package and app once', () => {
  // the workspace members: every folder of apps/ and packages/ with a package.json
  const members = ['apps', 'packages'].flatMap((dir) =>
    readdirSync(path.join(root, dir))
      .filter((name) => existsSync(path.join(root, dir, name, 'package.json')))
      .map((name) => `${dir}/${name}`),
  );
  expect(rows.map((r) => r.folder).sort()).toEqual(members.sort());
});

test.each(rows)('$folder imports what docs/architecture.md says', ({ folder, prod, dev }) => {
  expect(deps(folder)).toEqual({ prod, dev });
});
