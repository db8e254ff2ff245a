import { StorageFault, type StorageFaultKind, storageFault } from '@fazhi/db';
import { ServiceError, type ServiceErrorCode } from '@fazhi/service';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

const STATUS: Record<ServiceErrorCode, number> = {
  unknown_county: 404,
  unknown_unit: 404,
  unknown_report: 404,
  unknown_fact: 404,
  unknown_indicator: 404,
  ambiguous_county: 400,
  bad_request: 400,
  conflict: 409,
  unknown_user: 404,
  no_accounts: 401,
  bad_credentials: 401,
  too_many_attempts: 429,
  bad_setup_code: 401,
  already_set_up: 409,
  no_data: 404,
  forbidden_region: 403,
};

// busy and read-only are passing conditions of the server (503, try again); a full disk is 507
const FAULT_STATUS: Record<StorageFaultKind, number> = { busy: 503, read_only: 503, disk_full: 507 };
/** seconds a client waits before retrying a write the busy database refused */
export const BUSY_RETRY_AFTER = 2;

const WHERE: Record<string, string> = {
  querystring: '查询参数',
  params: '路径参数',
  body: '请求体',
  headers: '请求头',
};

/** The storage fault behind an error: typed by the store, or an SQLite error of the database `file`. */
function faultOf(err: FastifyError, file: string): StorageFault | null {
  if (err instanceof StorageFault) return err;
  return typeof err.code === 'string' && err.code.startsWith('SQLITE_') ? storageFault(err, file) : null;
}

/**
 * One error shape for every route: {error, message}. Callers' mistakes are 4xx with a Chinese message;
 * a busy, read-only or full database is 503/507 saying so and naming the file; anything else is 500 with
 * no detail (it is logged, not leaked).
 */
export function registerErrorHandler(app: FastifyInstance, dbFile: string): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = WHERE[err.validationContext ?? ''] ?? '请求';
      const details = err.validation.map(
        (v) => `${v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where}：${v.message}`,
      );
      return reply.status(400).send({ error: 'bad_request', message: `${where}有误：${details.join('；')}` });
    }
    if (err instanceof ServiceError) {
      if (err.retryAfter) reply.header('retry-after', String(err.retryAfter));
      return reply.status(STATUS[err.code]).send({ error: err.code, message: err.message });
    }
    const fault = faultOf(err, dbFile);
    if (fault) {
      request.log.warn(fault.cause ?? fault);
      if (fault.kind === 'busy') reply.header('retry-after', String(BUSY_RETRY_AFTER));
      return reply.status(FAULT_STATUS[fault.kind]).send({ error: fault.kind, message: fault.message });
    }
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413) {
      return reply.status(413).send({ error: 'too_large', message: '上传的文件超过大小上限' });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send({ error: 'bad_request', message: `请求有误：${err.message}` });
    }
    request.log.error(err);
    return reply.status(500).send({ error: 'internal', message: '服务器内部错误，请稍后重试' });
  });
}

/** 404 as JSON for unknown routes and files; with a dashboard, other page paths get the page (it routes). */
export function registerNotFound(app: FastifyInstance, page?: (reply: FastifyReply) => FastifyReply): void {
  const isPage = (url: string) => !url.startsWith('/api/') && !url.startsWith('/docs') && !/\.\w+$/.test(url);
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    if (page && req.method === 'GET' && isPage(url)) return page(reply);
    return reply
      .status(404)
      .send({ error: 'not_found', message: `没有这个接口或文件：${req.method} ${url}` });
  });
}
