import type { ApiError } from '@fazhi/contract';

/** An answer other than 2xx, with the server's Chinese message. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const isApiError = (v: unknown): v is ApiError =>
  typeof v === 'object' && v !== null && typeof (v as ApiError).message === 'string';

async function readAnswer<T>(res: Response): Promise<T> {
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = isApiError(body) ? body.message : `服务器返回 ${res.status}`;
    throw new RequestError(res.status, isApiError(body) ? body.error : 'http_error', message);
  }
  return body as T;
}

/** GET a JSON route of our own API (its answers are checked against the shared schemas on the server). */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (e) {
    if (signal?.aborted) throw e;
    throw new RequestError(0, 'network', '无法连接服务器，请确认服务已启动');
  }
  return readAnswer<T>(res);
}

// every write carries the session's CSRF token; the session query keeps it current
let csrf: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrf = token;
};

async function write<T>(method: string, url: string, body: BodyInit | undefined, json: boolean): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrf) headers['x-csrf-token'] = csrf;
  if (json) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, { method, body: body ?? null, headers });
  } catch {
    throw new RequestError(0, 'network', '无法连接服务器，请确认服务已启动');
  }
  return readAnswer<T>(res);
}

export const postForm = <T>(url: string, form: FormData) => write<T>('POST', url, form, false);

export const sendJson = <T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
  write<T>(method, url, body === undefined ? undefined : JSON.stringify(body), body !== undefined);

export const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
