import { ErrorBody, SessionResponse, SetupBody } from '@fazhi/contract';
import { createFirstAdmin, loginLimiter, SetupCode } from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';
import { setDeviceCookie, setSessionCookie } from '../auth.ts';

/** First run: the setup code the server printed creates the first administrator and signs them in. */
export const setupRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, opts) => {
  const { store, openReading, sessionHours } = opts;
  const setup = opts.setupCode ?? new SetupCode(null);
  const limiter = loginLimiter(store.db);
  app.post(
    '/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: '首次设置：以服务器启动时终端显示的设置码创建第一个管理员并登录（已有账户后不再可用）',
        tags: ['账户'],
        body: SetupBody,
        response: { 200: SessionResponse, 400: ErrorBody, 401: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const s = await createFirstAdmin(store.db, setup, limiter, {
        ...req.body,
        ip: req.ip,
        hours: sessionHours,
      });
      setSessionCookie(reply, s.token);
      setDeviceCookie(reply, s.device);
      return { user: s.user, csrfToken: s.csrf, openReading, hasAccounts: true, readOnly: store.readOnly };
    },
  );
};
