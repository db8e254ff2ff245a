import { expect, test } from 'vitest';
import { FIXED_BOILERPLATE } from './boilerplate.ts';
import { normalizeText } from './normalize.ts';

test.each([
  {
    what: 'drops punctuation, spaces and line breaks',
    source: '一、加强 领导，\n压实责任。',
    text: '一加强领导压实责任',
  },
  {
    what: 'reads every run of figures as one #',
    source: '2024年办理37件，增长12.5%',
    text: '#年办理#件增长#',
  },
  {
    what: 'reads full-width figures and thousands separators as figures',
    source: '共２０２４份、1,234人',
    text: '共#份#人',
  },
  { what: 'lower-cases letters, full-width ones too', source: 'ＡＢ类APP', text: 'ab类app' },
  { what: 'keeps 〇 as a character', source: '二〇二四年', text: '二〇二四年' },
])('$what', ({ source, text }) => {
  expect(normalizeText(source).text).toBe(text);
});

test('each kept character remembers its span in the original text', () => {
  const source = '共 1,234 件。';
  const { text, starts, ends } = normalizeText(source);
  expect([...text].map((_, i) => source.slice(starts[i], ends[i]))).toEqual(['共', '1,234', '件']);
});

test.each([
  '某某镇关于2024年度法治政府建设情况的报告',
  '现将我局2024年法治政府建设工作情况报告如下：',
  '在县委、县政府的坚强领导下',
  '二、存在的不足和原因',
  '（四）2025年度推进法治政府建设的主要安排',
  '五、其他需要报告的情况',
])('the fixed boilerplate knows "%s"', (line) => {
  const { text } = normalizeText(line);
  expect(FIXED_BOILERPLATE.some((p) => [...text.matchAll(p)].some((m) => m[0].length >= 6))).toBe(true);
});
