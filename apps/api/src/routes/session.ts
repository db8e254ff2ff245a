import { ErrorBody, LoginBody, SessionResponse } from '@fazhi/contract';
import { hasAccounts, loginLimiter, signIn, signOut } from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';
import { clearSessionCookie, DEVICE_COOKIE, setDeviceCookie, setSessionCookie } from '../auth.ts';

export const sessionRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, opts) => {
  const { store, openReading, sessionHours } = opts;
  const limiter = loginLimiter(store.db);
  const tags = ['账户'];
  const info = async (auth: { user: unknown; csrf: string } | null) => ({
    user: (auth?.user ?? null) as never,
    csrfToken: auth?.csrf ?? null,
    openReading,
    hasAccounts: await hasAccounts(store.db),
    readOnly: store.readOnly,
  });
  app.get(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        summary: '当前会话：登录的账户、CSRF 令牌、是否允许免登录查看',
        tags,
        response: { 200: SessionResponse },
      },
    },
    async (req) => info(req.auth),
  );
  app.post(
    '/session',
    {
      config: { access: 'public', whileReadOnly: true },
      schema: {
        summary: '登录（失败次数过多时返回 429 与 Retry-After）',
        tags,
        body: LoginBody,
        response: { 200: SessionResponse, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const device = req.cookies[DEVICE_COOKIE];
      const s = await signIn(store.db, limiter, {
        ...req.body,
        ip: req.ip,
        hours: sessionHours,
        ...(device ? { device } : {}),
      });
      setSessionCookie(reply, s.token);
      setDeviceCookie(reply, s.device);
      return info({ user: s.user, csrf: s.csrf });
    },
  );
  app.delete(
    '/session',
    {
      config: { access: 'user', whileReadOnly: true },
      schema: {
        summary: '退出登录',
        tags,
        response: { 200: SessionResponse, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req, reply) => {
      if (req.auth) await signOut(store.db, req.auth.id);
      clearSessionCookie(reply);
      return info(null);
    },
  );
};
