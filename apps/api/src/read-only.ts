import type { Store } from '@fazhi/db';
import type { FastifyInstance } from 'fastify';
import { SAFE } from './auth.ts';

/**
 * On a database the server could only open read-only, every /api write is refused up front with 503 and
 * the reason (before an upload is read), except the routes that say they still work (signing in and out).
 */
export function registerReadOnlyGuard(app: FastifyInstance, store: Store): void {
  const reason = store.readOnly;
  if (reason === null) return;
  const message = `数据库只读：${reason}，上传、审核和维护暂不可用；请管理员处理后重启服务`;
  app.addHook('onRequest', async (req, reply) => {
    if (SAFE.has(req.method) || !req.url.startsWith('/api/') || req.routeOptions.config?.whileReadOnly)
      return;
    return reply.status(503).send({ error: 'read_only', message });
  });
}
