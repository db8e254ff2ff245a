import type { ReportDescriptor } from '../corpus.ts';
import * as words from './vocabulary.ts';

// Generated annual reports for tests and the bench: the regulation's five parts, the opening formulas, stock
// phrases and varied figures, and a share of reports that copy a peer's or their own previous report.
export interface GeneratedReport extends ReportDescriptor {
  /** the report this one was copied from, and how */
  readonly copied: { readonly from: string; readonly kind: 'peer' | 'previousYear' } | null;
}

export interface CorpusOptions {
  counties: number;
  unitsPerCounty: number;
  years: readonly number[];
  /** the share of reports that copy another (half a peer, half their own previous report) */
  copyShare?: number;
  seed?: number;
}

export type Random = () => number;

/** mulberry32: a small seeded generator, so a corpus is the same on every run */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const figure = (random: Random) => () => String(1 + Math.floor(random() * 999));
const place = (random: Random) =>
  pick(random, words.PLACE_CHARS) + pick(random, words.PLACE_CHARS) + pick(random, words.PLACE_KINDS);

/** One sentence of a report's body: who did what, with a figure or a local detail. */
export function sentence(random: Random): string {
  const head = `${pick(random, words.LEADS)}${pick(random, words.ACTORS)}${pick(random, words.VERBS)}${pick(random, words.OBJECTS)}`;
  const tail =
    random() < 0.5
      ? pick(random, words.FIGURES)(figure(random))
      : `在${place(random)}${pick(random, words.LOCAL_ACTS)}，${pick(random, words.VERBS)}${place(random)}${pick(random, words.OBJECTS)}`;
  return `${head}，${tail}。`;
}

/** A paragraph of roughly `length` characters. */
export function paragraph(random: Random, length: number): string {
  let text = '　　';
  while (text.length < length) text += sentence(random);
  return text;
}

export function generateReport(random: Random, unit: string, county: string, year: number): string {
  const length = 2000 + random() * 3000;
  const body = (share: number) => {
    const paragraphs: string[] = [];
    for (let size = 0; size < length * share; ) {
      const p = paragraph(random, Math.min(150 + random() * 250, length * share - size + 30));
      paragraphs.push(p);
      size += p.length;
    }
    return paragraphs.join('\n');
  };
  const measures = words.TOPICS.map((topic) => `${topic}\n${body(0.12)}`).join('\n');
  return [
    `${unit}关于${year}年度法治政府建设情况的报告`,
    `中共${county}委、${county}人民政府：`,
    `　　${year}年，${unit}在${county}委、${county}政府的坚强领导下，以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。现将${year}年度法治政府建设工作情况报告如下：`,
    `一、${year}年度推进法治政府建设的主要举措和成效`,
    measures,
    '二、存在的不足和原因',
    `　　${words.SHORTCOMINGS.filter(() => random() < 0.5).join('；')}。${body(0.06)}`,
    '三、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
    body(0.1),
    `四、${year + 1}年度推进法治政府建设的主要安排`,
    body(0.1),
    '五、其他需要报告的情况',
    '　　无。',
    unit,
    `${year + 1}年1月${1 + Math.floor(random() * 28)}日`,
  ].join('\n');
}

/** A copy: the other unit's name put in, every figure changed, and some paragraphs rewritten. */
export function copyReport(
  random: Random,
  source: string,
  from: string,
  to: string,
  rewrite: number,
): string {
  return source
    .replaceAll(from, to)
    .split('\n')
    .map((line) => (line.length > 100 && random() < rewrite ? paragraph(random, line.length) : line))
    .join('\n')
    .replace(/\d+/g, (digits) => (digits.length === 4 ? digits : figure(random)()));
}

const UNIT_KINDS = [
  '镇',
  '乡',
  '街道',
  '司法局',
  '市场监督管理局',
  '自然资源局',
  '教育局',
  '卫生健康局',
  '农业农村局',
];

export function generateCorpus(options: CorpusOptions): GeneratedReport[] {
  const { counties, unitsPerCounty, years, copyShare = 0.05, seed = 15 } = options;
  const random = seededRandom(seed);
  const reports: GeneratedReport[] = [];
  const byUnitYear = new Map<string, GeneratedReport>();
  for (let c = 0; c < counties; c++) {
    const county = `${place(random).slice(0, 2)}${c}县`;
    const units = Array.from({ length: unitsPerCounty }, (_, u) => {
      const kind = UNIT_KINDS[u % UNIT_KINDS.length] ?? '镇';
      return {
        id: `c${c}u${u}`,
        name: u < 3 * 3 ? `${place(random).slice(0, 2)}${kind}` : `${county}${kind}${u}`,
      };
    });
    for (const year of years) {
      const written: GeneratedReport[] = [];
      for (const unit of units) {
        const id = `${unit.id}y${year}`;
        const last = byUnitYear.get(`${unit.id}|${year - 1}`);
        // copies are made of original reports only, so each copy has one source
        const originals = written.filter((r) => r.copied === null);
        const peer = originals.length > 0 ? pick(random, originals) : undefined;
        const roll = random();
        let text: string;
        let copied: GeneratedReport['copied'] = null;
        if (last && roll < copyShare / 2) {
          text = copyReport(random, last.text, String(year - 1), String(year), 0.1);
          copied = { from: last.id, kind: 'previousYear' };
        } else if (peer && roll < copyShare) {
          const peerName = units.find((u) => peer.unitId === u.id)?.name ?? '';
          text = copyReport(random, peer.text, peerName, unit.name, 0.1);
          copied = { from: peer.id, kind: 'peer' };
        } else {
          text = generateReport(random, unit.name, county, year);
        }
        const report = { id, unitId: unit.id, county, year, text, copied };
        written.push(report);
        byUnitYear.set(`${unit.id}|${year}`, report);
        reports.push(report);
      }
    }
  }
  return reports;
}
