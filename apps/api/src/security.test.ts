import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '@fazhi/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildApp } from './app.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'security-'));
let store: Store;
const apps: Record<'direct' | 'proxied', FastifyInstance | undefined> = {
  direct: undefined,
  proxied: undefined,
};

beforeAll(async () => {
  store = openStore(path.join(dir, 'app.db'));
  const opts = { store, minBase: 5, maxFileBytes: 1 << 20, openReading: true, sessionHours: 12 };
  apps.direct = await buildApp(opts, { trustProxy: false });
  apps.proxied = await buildApp(opts, { trustProxy: true });
});
afterAll(async () => {
  await apps.direct?.close();
  await apps.proxied?.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const headersOf = async (which: 'direct' | 'proxied', headers: Record<string, string>) => {
  const app = apps[which];
  if (!app) throw new Error('app not built');
  return (await app.inject({ url: '/api/health', headers })).headers;
};

describe('https-only security headers', () => {
  test.each([
    ['plain http by the server’s LAN name', 'direct', { host: 'office-pc:3000' }, false],
    ['plain http by the server’s LAN address', 'direct', { host: '192.168.1.20:3000' }, false],
    [
      'a forged X-Forwarded-Proto when no proxy is trusted',
      'direct',
      { host: 'office-pc', 'x-forwarded-proto': 'https' },
      false,
    ],
    [
      'https through a trusted proxy',
      'proxied',
      { host: 'fazhi.example', 'x-forwarded-proto': 'https' },
      true,
    ],
    [
      'plain http through a trusted proxy',
      'proxied',
      { host: 'fazhi.example', 'x-forwarded-proto': 'http' },
      false,
    ],
  ] as const)(
    '%s: upgrade-insecure-requests and HSTS only over https (%s app)',
    async (_, which, h, https) => {
      const headers = await headersOf(which, h);
      const csp = String(headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp.includes('upgrade-insecure-requests')).toBe(https);
      expect(headers['strict-transport-security'] !== undefined).toBe(https);
    },
  );
});
