import { existsSync } from 'node:fs';
import path from 'node:path';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { chromiumPath, webDist } from '@fazhi/config';
import type { Store } from '@fazhi/db';
import { ReadPool } from '@fazhi/ingest';
import type { SetupCode } from '@fazhi/service';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { registerAuth, registerCountyScope } from './auth.ts';
import { registerErrorHandler, registerNotFound } from './errors.ts';
import { PagePrinter } from './printer.ts';
import { registerReadOnlyGuard } from './read-only.ts';
import { accountRoutes } from './routes/accounts.ts';
import { briefingRoutes } from './routes/briefing.ts';
import { housekeepingRoutes } from './routes/housekeeping.ts';
import { listRoutes } from './routes/lists.ts';
import { recordRoutes } from './routes/records.ts';
import { reviewRoutes } from './routes/review.ts';
import { sessionRoutes } from './routes/session.ts';
import { setupRoutes } from './routes/setup.ts';
import { submissionRoutes } from './routes/submissions.ts';
import { tableRoutes } from './routes/tables.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { registerSecurityHeaders } from './security.ts';

export interface AppOptions {
  store: Store;
  /** rates on a base below this are shown but not ranked */
  minBase: number;
  maxFileBytes: number;
  /** check cached answers against their schema when built (default true; the server turns it off for speed) */
  validateResponses?: boolean;
  /** the built dashboard, served at / when present */
  webDist?: string;
  /** reading without signing in (OPEN_READING); writes always need an account */
  openReading: boolean;
  /** how long an unused sign-in lasts */
  sessionHours: number;
  /** worker threads reading uploads and one file's time limit (INGEST_WORKERS, INGEST_TIMEOUT_S) */
  ingestWorkers?: number;
  ingestTimeoutS?: number;
  /** start the reading workers with the app, not with the first upload (the server process does) */
  warmReadPool?: boolean;
  /** the first-run code the server printed (it starts without accounts); without one, first run is closed */
  setupCode?: SetupCode;
  /** PDFs this process prints or holds waiting at most (PDF_JOBS) */
  pdfJobs?: number;
}

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>法治指标看板</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h1>法治指标看板</h1><p>接口已就绪；看板页面尚未构建。</p><p><a href="/docs">接口文档</a></p></body></html>`;

/**
 * The built dashboard at /: hashed assets cached for good, the page itself revalidated, gzip files sent
 * when the build wrote them, and any other path without a file extension answered with the page (the app
 * routes in the browser). Unknown /api/ paths and missing files stay JSON 404s.
 */
async function serveWeb(app: FastifyInstance, web: string) {
  if (!existsSync(path.join(web, 'index.html'))) {
    app.get('/', { schema: { hide: true } }, (_req, reply) =>
      reply.type('text/html; charset=utf-8').send(PLACEHOLDER),
    );
    registerNotFound(app);
    return;
  }
  await app.register(fastifyStatic, {
    root: web,
    preCompressed: true,
    setHeaders: (reply, file) =>
      reply.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  registerNotFound(app, (reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
}

/** The whole API as a Fastify instance: tests call inject() on it, server.ts listens with it. */
export async function buildApp(
  opts: AppOptions,
  fastify: FastifyServerOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, ...fastify }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app, opts.store.file);
  await registerSecurityHeaders(app);
  await registerAuth(app, opts.store, opts);
  registerCountyScope(app, opts.store);
  registerReadOnlyGuard(app, opts.store);
  await app.register(swagger, {
    openapi: {
      info: {
        title: '法治指标看板 API',
        description: '乡镇与县直部门法治政府建设指标：对比、排名、来源与导出',
        version: '1.0.0',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(multipart, { limits: { files: 50 } });
  const printer = new PagePrinter(
    app,
    chromiumPath(),
    path.join(opts.webDist ?? webDist(), 'index.html'),
    opts.pdfJobs,
  );
  app.addHook('onClose', () => printer.close());
  const readPool = new ReadPool({ workers: opts.ingestWorkers, timeoutS: opts.ingestTimeoutS });
  if (opts.warmReadPool) app.addHook('onReady', async () => readPool.warm());
  app.addHook('onClose', () => readPool.close());
  await app.register(
    // biome-ignore lint/nursery/noMisusedPromises: Fastify awaits a plugin that returns a promise
    async (api) => {
      await api.register(listRoutes, opts);
      await api.register(tableRoutes, opts);
      await api.register(recordRoutes, opts);
      await api.register(uploadRoutes, { ...opts, readPool });
      await api.register(sessionRoutes, opts);
      await api.register(setupRoutes, opts);
      await api.register(accountRoutes, opts);
      await api.register(housekeepingRoutes, opts);
      await api.register(reviewRoutes, opts);
      await api.register(submissionRoutes, opts);
      await api.register(briefingRoutes, { ...opts, printer });
    },
    { prefix: '/api' },
  );
  await serveWeb(app, opts.webDist ?? webDist());
  return app;
}
