import { configDefaults, defineConfig } from 'vitest/config';

// Four projects, one run (`vitest run`): `unit` for what runs in the test's own process (Fastify inject,
// SQLite files), `integration` for the files named *.int.test.ts (child processes, servers on loopback,
// mounts, worker pools pushed to their limits), `pg` for the files named *.pg.test.ts (a real PostgreSQL
// server: TEST_DATABASE_URL, else a throwaway cluster of scripts/pg-cluster.sh), `e2e` for the dashboard in
// headless Chromium. `vitest run --project unit` is the quick loop, `pnpm test:pg` the PostgreSQL part.
const sources = ['packages/*/src/**/', 'apps/*/src/**/'];
// API test files about what only the SQLite engine has: not run again on PostgreSQL
const SQLITE_ONLY = ['storage-faults', 'scope-migration', 'security', 'lru', 'lan', 'job-line'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: sources.map((s) => `${s}*.test.ts`),
          exclude: [...configDefaults.exclude, '**/*.int.test.ts', '**/*.pg.test.ts'],
          // the files share one module graph per worker instead of importing the engine, drizzle and
          // Fastify again for each (that was 47 of 150 s here); no test mocks modules or keeps state in them
          isolate: false,
          // in-process work only, so a worker per core (vitest's default leaves one core to itself)
          maxWorkers: '100%',
          // password hashing and real ingests into SQLite take a few seconds on a busy 2-core machine
          testTimeout: 15_000,
          // the quick ones first, then integration and e2e (a project's own worker count needs its own group)
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: sources.map((s) => `${s}*.int.test.ts`),
          // each test starts node processes (the CLI, the server) or loads workers to their limits: seconds
          // each on an idle machine, many times that on a shared one
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'pg',
          environment: 'node',
          include: sources.map((s) => `${s}*.pg.test.ts`),
          globalSetup: ['packages/db/src/testing/pg-cluster.ts'],
          // each file creates and drops a database of its own; starting a cluster takes a few seconds
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // the API suites (uploads and ingest, review, accounts, regions, exports, caching) and the ingest
          // package's (storing reports, human decisions, unit housekeeping) again, each app or test over a
          // database of its own on the PostgreSQL test cluster; the files about what only SQLite has (its file,
          // its migrations, two processes over one file, a full disk) are left to `unit`
          name: 'postgres',
          environment: 'node',
          include: ['apps/api/src/*.test.ts', 'packages/ingest/src/*.test.ts'],
          exclude: [
            ...configDefaults.exclude,
            '**/*.int.test.ts',
            '**/*.pg.test.ts',
            ...SQLITE_ONLY.map((f) => `apps/api/src/${f}.test.ts`),
          ],
          globalSetup: ['packages/db/src/testing/pg-cluster.ts'],
          env: { FAZHI_TEST_ENGINE: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['apps/e2e/*.e2e.test.ts'],
          // builds the dashboard once into a temporary folder for every e2e file
          globalSetup: ['apps/e2e/build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
