import { defineConfig } from 'drizzle-kit';

// The PostgreSQL twin of drizzle.config.ts: `pnpm --filter @fazhi/db generate:pg` after a change to src/schema-pg/.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema-pg/index.ts',
  out: './drizzle-pg',
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://localhost/fazhi' },
});
