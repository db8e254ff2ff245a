import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Credentials, multipart, signInAs, type TestApp, testApp } from './testing/app.ts';

let t: TestApp;
let editor: Credentials;
beforeAll(async () => {
  t = await testApp({ maxFileBytes: 4096 });
  editor = await signInAs(t, 'editor');
}, 60_000);
afterAll(() => t.dispose());

const GOOD = '石桥镇2023年度法治政府建设情况报告\n2023年，石桥镇开展普法宣传活动22场，发放宣传资料3000余份。';

describe('POST /api/reports', () => {
  test('ingests a good file and rejects a bad one, answering per file', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/reports?county=${encodeURIComponent('云岭县')}`,
      ...multipart(
        [
          { name: 'good.txt', content: GOOD },
          { name: 'empty.txt', content: '' },
        ],
        editor.headers,
      ),
    });
    expect(r.statusCode).toBe(200);
    const { outcomes } = r.json();
    expect(outcomes).toEqual([
      expect.objectContaining({
        file: 'good.txt',
        status: 'ingested',
        unit: '石桥镇',
        county: '云岭县',
        year: 2023,
        facts: 2,
      }),
      expect.objectContaining({
        file: 'empty.txt',
        status: 'rejected',
        code: 'empty',
        message: 'empty.txt：文件为空',
      }),
    ]);
  });

  test('says a file it already has is unchanged', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/reports?county=云岭县',
      ...multipart([{ name: 'again.txt', content: GOOD }], editor.headers),
    });
    expect(r.json().outcomes[0]).toMatchObject({ status: 'unchanged' });
  });

  test('rejects a file over the size limit by name, keeping the others', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      ...multipart([{ name: 'huge.txt', content: 'x'.repeat(10_000) }], editor.headers),
    });
    expect(r.json().outcomes[0]).toMatchObject({ file: 'huge.txt', status: 'rejected', code: 'too_large' });
  });

  test('asks for multipart when given JSON', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: editor.headers,
      payload: { file: 'x' },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toEqual({ error: 'bad_request', message: '请以 multipart/form-data 上传报告文件' });
  });
});

describe('a unit whose name several counties have', () => {
  const CHENGGUAN = '城关镇2023年度法治政府建设情况报告\n2023年，城关镇开展普法宣传活动12场。';
  const upload = (query: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/reports${query}`,
      ...multipart([{ name: 'cg.txt', content: CHENGGUAN }], editor.headers),
    });

  test('is refused with the namesakes’ chains in the message and as data, and nothing is stored', async () => {
    const r = await upload('');
    expect(r.statusCode).toBe(200);
    const [o] = r.json().outcomes;
    expect(o).toMatchObject({ file: 'cg.txt', status: 'rejected', code: 'ambiguous_unit', reportId: null });
    expect(o.message).toMatch(
      /^cg\.txt：“城关镇”在 \d+ 个县（区）都有，请指定所属县（区）：.*另有 \d+ 处未列出$/,
    );
    expect(o.candidates.length).toBeGreaterThan(80);
    expect(o.candidates).toContainEqual({ code: '410325100', label: '河南省·洛阳市·嵩县·城关镇' });
    const units = (await t.app.inject({ url: '/api/units' })).json().units as { name: string }[];
    expect(units.map((u) => u.name)).not.toContain('城关镇');
  });

  test('is ingested once the county is named, with its division', async () => {
    const r = await upload(`?county=${encodeURIComponent('嵩县')}`);
    expect(r.json().outcomes[0]).toMatchObject({ status: 'ingested', county: '嵩县', candidates: null });
    const profile = await t.app.inject({ url: `/api/reports/${r.json().outcomes[0].reportId}` });
    expect(profile.json().report.unit.chain).toMatchObject({ label: '河南省·洛阳市·嵩县·城关镇' });
  });
});

describe('server errors', () => {
  test('answer 500 with a plain message and no stack trace', async () => {
    const broken = await testApp();
    await broken.store.close();
    const r = await broken.app.inject({
      method: 'GET',
      url: `/api/compare?county=${encodeURIComponent('沈丘县')}`,
    });
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ error: 'internal', message: '服务器内部错误，请稍后重试' });
    expect(r.body).not.toMatch(/at |Error:|\.ts/);
    await broken.dispose();
  }, 60_000);
});
