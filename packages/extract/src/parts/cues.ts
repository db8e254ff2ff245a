import type { ReportPartKey } from '@fazhi/catalog';

// Heading words, read clause by clause (存在的问题和下一步打算 is two clauses, two parts).
const LEADERSHIP = /第一责任人|第一责任|负责人.{0,8}(?:履行|履职|述法)|(?:党政|单位)主要负责人.{0,4}职责/;
const SHORTCOMINGS_STRICT =
  /不足|存在的?(?:主要)?问题|问题(?:与|和|及)(?:不足|困难|短板|原因)|困难和问题|问题和困难|存在问题/;
const SHORTCOMINGS = new RegExp(
  `${SHORTCOMINGS_STRICT.source}|短板|差距|薄弱|面临的?(?:困难|挑战)|问题清单|^问题$|^原因(?:分析)?$`,
);
const NEXT_STRICT = /下一(?:年度?|步|阶段)|下步|明年|今后|新的一年|展望/;
const NEXT = new RegExp(
  `${NEXT_STRICT.source}|(?:计划|打算|安排|思路|设想|努力方向|工作目标|目标任务)$|工作(?:计划|打算|安排|思路)`,
);
const OTHER = /其他需要报告|需要报告的其他|^其他(?:事项|情况|工作)?$/;
const MEASURES_STRICT = /举措|成效|做法|成绩|亮点/;
const MEASURES = new RegExp(
  `${MEASURES_STRICT.source}|主要工作|重点工作|工作(?:开展|推进|落实|完成)?情况$|开展情况|推进情况|进展情况|` +
    '工作总结|年度总结|工作回顾|主要措施|工作措施|法治(?:政府)?建设(?:工作)?(?:情况|开展情况)$',
);

// 二〇二四, and the 零, ○ and letter O that typists put for 〇
const CN_DIGITS = '〇一二三四五六七八九';
const cnDigit = (c: string) => String(CN_DIGITS.indexOf('零○Oo'.includes(c) ? '〇' : c));

/** The years a heading names: 2024年, 2024 年度, 二〇二四年. */
function yearsIn(s: string): number[] {
  const years = [...s.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
  for (const m of s.matchAll(/([〇零○Oo一二三四五六七八九]{4})年/g)) {
    const digits = [...(m[1] ?? '')].map(cnDigit).join('');
    if (/^20\d\d$/.test(digits)) years.push(Number(digits));
  }
  return years;
}

const laterThan = (s: string, year: number | null): boolean =>
  year !== null && yearsIn(s).some((y) => y > year);

/**
 * The parts a heading names. `strict` is for headings inside a part (（三）补齐短板 inside the measures is
 * not the shortcomings part), so only words that cannot belong to another part count there.
 * A clause that names a later year than the report's is the plan (2024年重点工作).
 */
export function partsNamedBy(title: string, year: number | null, strict: boolean): ReportPartKey[] {
  const found = new Set<ReportPartKey>();
  for (const clause of title.split(/以及|及|和|与|暨|并|、|，|,/)) {
    if (clause.length === 0) continue;
    const before = found.size;
    if (LEADERSHIP.test(clause)) found.add('leadership');
    if ((strict ? SHORTCOMINGS_STRICT : SHORTCOMINGS).test(clause)) found.add('shortcomings');
    if ((strict ? NEXT_STRICT : NEXT).test(clause) || laterThan(clause, year)) found.add('nextYear');
    if (OTHER.test(clause)) found.add('other');
    if (found.size === before && (strict ? MEASURES_STRICT : MEASURES).test(clause)) found.add('measures');
  }
  return [...found];
}

const PARAGRAPH_OPENINGS: [ReportPartKey, RegExp][] = [
  ['other', /^(?:其他需要报告的|需要报告的其他|其他(?:事项|情况)[:：])/],
  [
    'leadership',
    /^.{0,24}第一责任人|^(?:党政|单位|镇|乡|街道|局|委|办)?(?:党政)?主要负责人.{0,8}(?:履行|认真|切实|带头|严格|坚持)/,
  ],
  [
    'shortcomings',
    /^(?:存在的?(?:主要)?(?:问题|不足)|不足之处|问题(?:和|与|及)不足|主要问题|工作中还?存在|当前还?存在|[^。]{0,30}(?:但|但是|然而|不过|的同时)[^。]{0,24}(?:存在|还有|仍有|面临|也有)[^。]{0,14}(?:问题|不足|短板|差距|薄弱|困难))/,
  ],
  ['nextYear', /^(?:下一步|下步|今后|明年|新的一年|下一年度?|展望)/],
];

/** Work on a problem (针对…存在的问题) is a measure, not an admission of one. */
const WORK_ON_PROBLEMS = /针对|解决|整改|化解|排查|梳理|查找/;

/** The part a paragraph opens, by its first sentence: 存在的不足…, 下一步，…, 作为第一责任人…, 2025年，我镇将… */
export function partOpenedBy(bare: string, year: number | null): ReportPartKey | null {
  const first = bare.split(/[。！？]/, 1)[0] ?? '';
  for (const [part, opening] of PARAGRAPH_OPENINGS) {
    const m = opening.exec(first);
    if (!m) continue;
    if (part === 'shortcomings' && WORK_ON_PROBLEMS.test(m[0])) continue;
    return part;
  }
  const later = /^(?:20\d\d|[〇零○一二三四五六七八九]{4})年度?[，,]?/.exec(first);
  if (later && laterThan(later[0], year) && /将|继续|计划|力争|拟|着力|重点/.test(first)) return 'nextYear';
  return null;
}

/** A paragraph that goes on about the leadership part after one that opened it. */
export const LEADERSHIP_WORDS = /第一责任人|主要负责人|党政(?:主要)?领导|书记|述法|履职/;
