import cookie from '@fastify/cookie';
import type { Store } from '@fazhi/db';
import {
  type Access,
  type ActiveSession,
  accountScope,
  activeSession,
  actorName,
  allowCounty,
  allows,
  DEVICE_DAYS,
  ROLE_LABEL,
  type Scope,
} from '@fazhi/service';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in session, or null */
    auth: ActiveSession | null;
    /** what the caller may read and change: the account's region, or everything (no region; open reading) */
    scope: Scope;
  }
  interface FastifyContextConfig {
    /** who may call the route; by default reads need reading rights and other /api methods an admin */
    access?: Access;
    /** the route's writes still work on a read-only database (sign-ins are then kept in memory) */
    whileReadOnly?: boolean;
  }
}

export const SESSION_COOKIE = 'fazhi_session';
/** proof that this browser signed in to an account before: sign-in limits count it apart */
export const DEVICE_COOKIE = 'fazhi_device';
export const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The access a route declares, or the default: pages public, /api reads 'read', /api writes 'admin'. */
function accessOf(req: FastifyRequest): Access {
  const declared = req.routeOptions.config?.access;
  if (declared) return declared;
  if (!req.url.startsWith('/api/')) return 'public';
  return SAFE.has(req.method) ? 'read' : 'admin';
}

const refuse = (reply: FastifyReply, status: number, error: string, message: string) =>
  reply.status(status).send({ error, message });

/**
 * Sessions from an http-only cookie, checked before anything else of a request: the route's access,
 * and on every write the session's CSRF token in the X-CSRF-Token header.
 */
export async function registerAuth(
  app: FastifyInstance,
  store: Store,
  opts: { openReading: boolean; sessionHours: number },
) {
  await app.register(cookie);
  app.decorateRequest('auth', null);
  // set on every request by the hook below (a shared object cannot be a decoration's default)
  app.decorateRequest('scope', null as never);
  app.addHook('onRequest', async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    req.auth = token ? await activeSession(store.db, token, opts.sessionHours) : null;
    if (token && !req.auth) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    req.scope = await accountScope(store.db, req.auth?.user.regionId ?? null);
    const access = accessOf(req);
    const role = req.auth?.user.role ?? null;
    if (!allows(role, access, opts.openReading)) {
      if (role === null) return refuse(reply, 401, 'unauthenticated', '请先登录（会话不存在或已过期）');
      const need = access === 'admin' ? ROLE_LABEL.admin : ROLE_LABEL.editor;
      return refuse(reply, 403, 'forbidden', `需要“${need}”权限，当前账户为“${ROLE_LABEL[role]}”`);
    }
    if (access !== 'public' && !SAFE.has(req.method) && req.auth) {
      const sent = req.headers['x-csrf-token'];
      if (sent !== req.auth.csrf) {
        return refuse(reply, 403, 'csrf', '缺少或错误的 CSRF 令牌（X-CSRF-Token），请刷新页面后重试');
      }
    }
  });
}

/**
 * Every route that names a county in its query string (?county=) is asked for it by the caller's region
 * here, once, after validation: another region's county is 403 before the route runs (and before its cache).
 */
export function registerCountyScope(app: FastifyInstance, store: Store) {
  app.addHook('preHandler', async (req) => {
    const county = (req.query as { county?: unknown } | undefined)?.county;
    if (typeof county === 'string') await allowCounty(store.db, req.scope, county);
  });
}

/** Who is acting, for the change log; routes that write declare a role, so there is always a session. */
export function actorOf(req: FastifyRequest): string {
  return req.auth ? actorName(req.auth.user) : '未登录';
}

export function setSessionCookie(reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto' });
}

export function setDeviceCookie(reply: FastifyReply, token: string) {
  reply.setCookie(DEVICE_COOKIE, token, {
    path: '/api/session',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    maxAge: DEVICE_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
