import type { IndicatorKey } from '@fazhi/catalog';
import { type Draft, phraseDraft } from './draft.ts';

/** A stated nothing (无…败诉案件, 行政败诉案件“零”) is a value of 0, unlike a figure that is not mentioned. */
const NONE = /(?:无|未发生|未出现|没有)([^。;，,:]{0,40}?)(?:案件|情况|的发生|发生)/g;
const ZERO_WORD = /败诉(?:案件|率)?[^。;，,]{0,4}?[“"]?零[”"]?/g;
const OUTCOMES: [RegExp, IndicatorKey][] = [
  [/变更/, 'recon.changed'],
  [/撤销/, 'recon.revoked'],
  [/确认违法/, 'recon.confirmed_illegal'],
  [/纠错/, 'recon.direct_corrections'],
];

/** 未制定规范性文件, 全年无一起行政诉讼案, 无行政复议案, …，无败诉: the event itself did not happen. */
const NO_EVENT: [RegExp, IndicatorKey][] = [
  [
    /(?:未|没有)(?:新)?(?:制定|出台|制发|印发)(?:出台|印发|发布)?(?:过)?(?:任何)?(?:行政)?规范性文件(?=[。;，,、]|$)/g,
    'docs.normative',
  ],
  [/(?:无|没有|未发生)败诉(?=[。;，,、]|$)/g, 'litig.lost'],
  // 行政诉讼零败诉, 应诉案件零败诉
  [/(?:诉讼|应诉)(?:案件)?零败诉/g, 'litig.lost'],
  [/败诉率(?:为|是|均为)?0(?![\d.%])/g, 'litig.lost_rate'],
];

/**
 * 无行政复议案, 未被提起行政复议、行政诉讼, 全年未发生行政复议和行政诉讼案件: no case was brought, each kind
 * named after the one negation is a 0.
 */
const NO_CASES =
  /(?:无|未发生|未出现|没有|未被(?:提起|申请)?|未涉及)(?:一起|一件|任何)?(?:行政)?(复议|诉讼|应诉)(?:[、和或及与](?:行政)?(复议|诉讼|应诉))?(?:案件|案)?(?=[。;，,、]|$)/g;
const CASE_KEY = (kind: string): IndicatorKey => (kind === '复议' ? 'recon.received' : 'litig.cases');

const LAWSUITS_BEFORE = /(?:诉讼|应诉|一审|二审|再审)[^。;]*$/;

export function statedZeros(clean: string, year: number | null): Draft[] {
  const out: Draft[] = [];
  NONE.lastIndex = 0;
  for (let m = NONE.exec(clean); m !== null; m = NONE.exec(clean)) {
    const words = m[1] ?? '';
    const end = m.index + m[0].length;
    if (/复议/.test(words)) {
      const listed = words.slice(words.indexOf('复议'));
      for (const [re, key] of OUTCOMES)
        if (re.test(listed)) out.push(phraseDraft(key, 0, m.index, end, year));
    }
    const clauseEnd = clean.slice(end).search(/[。;，,]/);
    const rest = clean.slice(m.index, clauseEnd < 0 ? clean.length : end + clauseEnd);
    if (/败诉/.test(rest) && /诉讼|应诉|行政/.test(rest + clean.slice(Math.max(0, m.index - 10), m.index))) {
      out.push(phraseDraft('litig.lost', 0, m.index, end, year));
    }
  }
  for (const [re, key] of NO_EVENT) {
    re.lastIndex = 0;
    for (let m = re.exec(clean); m !== null; m = re.exec(clean)) {
      // a plain 无败诉 is about lawsuits only when they are named just before it
      const before = clean.slice(Math.max(0, m.index - 30), m.index);
      if (key === 'litig.lost' && !LAWSUITS_BEFORE.test(before) && !/零败诉$/.test(m[0])) continue;
      // 自2021年…至今保持行政诉讼零败诉: a record over years, not the report year's zero
      if (/零败诉$/.test(m[0]) && /至今|以来|连续|历年|多年/.test(before)) continue;
      out.push(phraseDraft(key, 0, m.index, m.index + m[0].length, year));
    }
  }
  NO_CASES.lastIndex = 0;
  for (let m = NO_CASES.exec(clean); m !== null; m = NO_CASES.exec(clean)) {
    const end = m.index + m[0].length;
    // 未发生行政复议、行政应诉败诉案件: the list ends in an outcome; the cases themselves may have happened
    const clauseRest = clean.slice(end).split(/[。;，,]/)[0] ?? '';
    if (/败诉|撤销|撤改|纠错/.test(clauseRest)) continue;
    const keys = new Set([m[1], m[2]].filter((k): k is string => k !== undefined).map(CASE_KEY));
    for (const key of keys) out.push(phraseDraft(key, 0, m.index, end, year));
  }
  ZERO_WORD.lastIndex = 0;
  for (let m = ZERO_WORD.exec(clean); m !== null; m = ZERO_WORD.exec(clean)) {
    const end = m.index + m[0].length;
    const start = Math.max(0, m.index - 4);
    if (!out.some((d) => d.key === 'litig.lost' && d.spanEnd >= m.index && d.spanStart <= end)) {
      out.push(phraseDraft(m[0].includes('率') ? 'litig.lost_rate' : 'litig.lost', 0, start, end, year));
    }
  }
  return out;
}
