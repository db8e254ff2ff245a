import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '@fazhi/db';
import { type ReadModel, readModel } from '@fazhi/service';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ByteBudgetLru } from './lru.ts';

interface Entry {
  /** the JSON, for small answers; large ones keep only their gzip copy */
  json: Buffer | null;
  /** only for answers large enough to be worth compressing */
  gzip: Buffer | null;
  etag: string;
  /** how often it was asked for, until it is compressed */
  asks: number;
}

/** memory for cached answers; the least recently used go first */
const BUDGET_BYTES = 128 * 1024 * 1024;
/** answers this large are compressed when built: sent unpacked, they cost more than compressing them */
const GZIP_AT_ONCE = 16 * 1024;
/**
 * answers this large are compressed once asked for a third time: an answer several people look at is sent small
 * from then on, while the many asked once or twice (a clerk paging through years) cost no compression
 */
const GZIP_WHEN_POPULAR = 1024;
const POPULAR_ASKS = 3;
/** a window of 16 KB holds a whole mid-sized answer; zlib's default 32 KB window and hash cost more to set up */
const SMALL_GZIP = { level: 4, windowBits: 14, memLevel: 7 };

/** One question, one key: the route and its validated parameters in a fixed order (defaults filled in). */
export function canonicalKey(route: string, query: unknown): string {
  const params = query && typeof query === 'object' ? Object.entries(query) : [];
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${route}?${JSON.stringify(params.filter(([, v]) => v !== undefined))}`;
}

/**
 * The state an answer is built from: for a question about one county (every cached route asks about one), that
 * county's stamp, so a correction in another county keeps its answers; else the whole data version. A county
 * that does not resolve keeps the data version: the route answers its 404 itself.
 */
async function stateOf(model: ReadModel, query: unknown): Promise<string> {
  const ref = (query as { county?: unknown } | null)?.county;
  if (typeof ref !== 'string') return `v${model.version}`;
  try {
    const county = await model.county(ref);
    return `c${county.id}.${await model.stamp(county.id)}`;
  } catch {
    return `v${model.version}`;
  }
}

/**
 * Read routes whose answers are large or asked often are built once per state of the data (the data
 * version moves with every write, from any process), validated against their schema (where the app is
 * told to: tests do, production trusts the types for speed), and kept with an ETag and, once large or asked
 * for a third time, only as gzip. A repeated request costs a lookup; a browser's revalidation costs a 304.
 */
export function responseCache(db: Db, validate: boolean) {
  const entries = new ByteBudgetLru<Entry>(
    BUDGET_BYTES,
    (e) => (e.json?.length ?? 0) + (e.gzip?.length ?? 0) + e.etag.length,
  );
  return async function reply<S extends z.ZodType>(
    req: FastifyRequest,
    res: FastifyReply,
    schema: S,
    build: (model: ReadModel) => Promise<z.input<S>> | z.input<S>,
  ): Promise<FastifyReply> {
    // the one read of the data version in this request: the key, the ETag and the answer share it
    const model = await readModel(db);
    const version = await stateOf(model, req.query);
    // parameters were validated (unknown ones refused), so the key is the question, not the URL's spelling
    const question = canonicalKey(req.routeOptions.url ?? req.url, req.query);
    const key = `${version}|${question}`;
    let entry = entries.get(key);
    if (entry) entry.asks++;
    else {
      const body = await build(model);
      const text = JSON.stringify(validate ? schema.parse(body) : body);
      const json = Buffer.from(text);
      // the answer is a function of the data version and the question, so they make the ETag
      const etag = `"${version}-${createHash('sha1').update(question).digest('base64url').slice(0, 16)}"`;
      const large = json.length > GZIP_AT_ONCE;
      entry = { json: large ? null : json, gzip: large ? gzipSync(json, { level: 4 }) : null, etag, asks: 1 };
      entries.set(key, entry);
    }
    res.header('etag', entry.etag).header('vary', 'accept-encoding').type('application/json; charset=utf-8');
    if (req.headers['if-none-match'] === entry.etag) return res.status(304).send();
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (entry.asks >= POPULAR_ASKS && gzipOk && entry.json && entry.json.length > GZIP_WHEN_POPULAR) {
      entry = { json: null, gzip: gzipSync(entry.json, SMALL_GZIP), etag: entry.etag, asks: entry.asks };
      entries.set(key, entry);
    }
    if (entry.gzip && gzipOk) {
      return res.header('content-encoding', 'gzip').send(entry.gzip);
    }
    // a client that takes no gzip (rare: scripts, tests) gets large answers unpacked on the fly
    return res.send(entry.json ?? gunzipSync(entry.gzip ?? Buffer.alloc(0)));
  };
}
