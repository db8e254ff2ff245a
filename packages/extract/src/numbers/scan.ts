import type { Qualifier } from '@fazhi/catalog';
import { looserQualifier } from '@fazhi/values';
import { parseChineseNumeral } from './chinese.ts';

/** A number in the clean text with its qualifier and measure word. Indices are clean-text indices. */
export interface NumToken {
  /** start including a prefix qualifier (近, 约, 超过 …) */
  start: number;
  numStart: number;
  numEnd: number;
  /** end after the measure word and a trailing qualifier (以上, 左右) */
  end: number;
  value: number;
  qualifier: Qualifier;
  /** 次, 人次, 件, %, 年 … or '' when none follows */
  measure: string;
  chinese: boolean;
  /** inside 《…》, a short quotation, or [..] brackets: a name, not a figure */
  masked: boolean;
}

const NUMBER = /百分之|[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万亿]+/g;
const ARABIC = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$/;
const MULTIPLIER: Record<string, number> = { 万: 10_000, 千: 1000, 百: 100, 亿: 100_000_000 };
const MEASURE =
  /^(?:人次|场次|户次|家次|件次|批次|轮次|个次|辆次|艘次|台次|个百分点|平方米|万元|亿元|余?[人名位次场期轮堂节件起宗例份本册张套条篇则个项家所处类种户卷批支部元年月日号天周届岁倍米亩%]|单(?![位元])|余单(?![位元]))/;
const CLAUSE_END = /[,，。;:、)\n]/;
const DOTTED_DECIMAL = /^·([0-9](?:[0-9]| (?=[0-9]))*)(?=%)/;
const MEASURE_BEFORE = /(?:人次|人数)(?:达到|达|约|为|共|累计|突破)?$/;
const PREFIX: [RegExp, Qualifier][] = [
  [/(?:将近|接近|近乎|近)$/, 'near'],
  [/(?:大约|大概|约为|约计|约有|约达|约)$/, 'about'],
  [/(?:超过|多达|逾|超|不少于|至少)$/, 'over'],
  [/(?:不足|不到|少于|未满|未达)$/, 'under'],
];
const SUFFIX: [RegExp, Qualifier][] = [
  [/^(?:以上|有余)/, 'over'],
  [/^(?:左右|上下)/, 'about'],
];

/** Marks text inside 《…》, short quotations and [..] brackets, where numbers are parts of names. */
export function buildMask(clean: string): Uint8Array {
  const mask = new Uint8Array(clean.length);
  const spans: [string, string, number][] = [
    ['《', '》', 80],
    ['“', '”', 14],
    ['"', '"', 14],
    ['‘', '’', 14],
    ['[', ']', 12],
    ['「', '」', 14],
  ];
  for (const [open, close, max] of spans) {
    let from = 0;
    for (;;) {
      const s = clean.indexOf(open, from);
      if (s < 0) break;
      const e = clean.indexOf(close, s + 1);
      if (e < 0) break;
      if (e - s <= max) mask.fill(1, s, e + 1);
      from = open === close ? e + 1 : s + 1;
    }
  }
  return mask;
}

function parseValue(raw: string): number | null {
  if (ARABIC.test(raw)) return Number(raw.replace(/,/g, ''));
  return parseChineseNumeral(raw);
}

export function scanNumbers(clean: string, mask: Uint8Array): NumToken[] {
  const tokens: NumToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(clean); m !== null; m = NUMBER.exec(clean)) {
    const numStart = m.index;
    let raw = m[0];
    let percent = false;
    if (raw === '百分之') {
      const next = /^(?:[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)/.exec(
        clean.slice(NUMBER.lastIndex),
      );
      if (!next) continue;
      raw = next[0];
      percent = true;
      NUMBER.lastIndex += raw.length;
    }
    // 调解成功率99·5 9%: a rate set with a middle dot for its decimal point (and a stray space in its digits)
    const dotted =
      !percent && /^[0-9]+$/.test(raw) ? DOTTED_DECIMAL.exec(clean.slice(NUMBER.lastIndex)) : null;
    if (dotted) {
      raw = `${raw}.${(dotted[1] ?? '').replace(/ /g, '')}`;
      NUMBER.lastIndex += dotted[0].length;
    }
    const chinese = !/^[0-9]/.test(raw);
    let value = parseValue(raw);
    if (value === null) continue;
    let pos = NUMBER.lastIndex;
    const multiplier = !chinese ? MULTIPLIER[clean[pos] ?? ''] : undefined;
    if (
      multiplier !== undefined &&
      (/[余多]/.test(clean[pos + 1] ?? '') ||
        MEASURE.test(clean.slice(pos + 1, pos + 4)) ||
        CLAUSE_END.test(clean[pos + 1] ?? '。'))
    ) {
      value = Math.round(value * multiplier * 1e6) / 1e6; // 2.3万 is 23000, not 23000.000000000004
      pos++;
    }
    // 20余万人次, 二十多万份: "more than 20 ten-thousands", over 200000 (not 20 and then 万 on its own)
    const afterOver = MULTIPLIER[clean[pos + 1] ?? ''];
    const overMultiplier =
      /[余多]/.test(clean[pos] ?? '') && afterOver !== undefined && multiplier === undefined;
    if (overMultiplier) {
      value = Math.round(value * afterOver * 1e6) / 1e6;
      pos += 2;
    }
    const numEnd = pos;
    let qualifier: Qualifier = overMultiplier ? 'over' : 'exact';
    if (/^[余多来]/.test(clean.slice(pos, pos + 1)) && clean[pos + 1] !== '万') {
      qualifier = 'over';
      pos++;
    }
    let measure = '';
    if (percent) measure = '%';
    else {
      const mm = MEASURE.exec(clean.slice(pos, pos + 5));
      if (mm) {
        measure = mm[0];
        if (measure.startsWith('余')) {
          qualifier = 'over';
          measure = measure.slice(1);
        }
        pos += mm[0].length;
        // 接受法律咨询80人余次: a 余 slipped inside 人次 still says more than
        if (measure === '人' && clean.startsWith('余次', pos)) {
          qualifier = 'over';
          measure = '人次';
          pos += 2;
        }
      }
    }
    for (const [re, q] of SUFFIX) {
      const sm = re.exec(clean.slice(pos, pos + 2));
      if (sm && measure !== '') {
        qualifier = looserQualifier(qualifier, q);
        pos += sm[0].length;
        break;
      }
    }
    let start = numStart;
    const before = clean.slice(Math.max(0, numStart - 4), numStart);
    for (const [re, q] of PREFIX) {
      const pm = re.exec(before);
      if (pm) {
        qualifier = looserQualifier(q, qualifier);
        start = numStart - pm[0].length;
        break;
      }
    }
    // 观看人次超1232万: the measure word stands before the number
    if (measure === '' && MEASURE_BEFORE.test(clean.slice(Math.max(0, start - 6), start))) measure = '人次';
    tokens.push({
      start,
      numStart,
      numEnd,
      end: pos,
      value,
      qualifier,
      measure,
      chinese,
      masked: mask[numStart] === 1,
    });
    NUMBER.lastIndex = pos;
  }
  return tokens;
}
