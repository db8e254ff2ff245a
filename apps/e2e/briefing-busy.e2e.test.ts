import { describe, expect, test } from 'vitest';
import { useHarness } from './harness.ts';

// One PDF at a time in this server process (PDF_JOBS=1): a second asker at the same moment is told to come
// back, instead of piling renderers up until the machine runs out of memory.
const harness = useHarness({ pdfJobs: 1 });

describe('briefing PDFs when the printer is busy', () => {
  test('a PDF asked while another prints is refused with 503, Retry-After and a Chinese reason; the first one prints', async () => {
    const h = harness();
    const url = `${h.url}/api/briefing.pdf?county=${encodeURIComponent('示例县')}&year=2024`;
    const answers = await Promise.all([fetch(url), fetch(url), fetch(url)]);
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 503, 503]);
    const ok = answers.find((r) => r.status === 200);
    expect(ok?.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await (ok as Response).arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    for (const busy of answers.filter((r) => r.status === 503)) {
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const body = (await busy.json()) as { error: string; message: string };
      expect(body.error).toBe('pdf_busy');
      expect(body.message).toMatch(/^服务器正在生成其他简报 PDF.*请约 \d+ 秒后重试$/);
    }
  });

  test('the next PDF is made once the first is done', async () => {
    const h = harness();
    const url = `${h.url}/api/briefing.pdf?county=${encodeURIComponent('示例县')}&year=2024`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
  });
});
