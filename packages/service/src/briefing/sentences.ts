import {
  type Combine,
  type IndicatorKey,
  type PeerGroup,
  UNIT_GROUP_LABEL,
  type ValueQualifier,
} from '@fazhi/catalog';
import { absentCountsText, withQualifier } from '@fazhi/catalog/wording';
import type { Part, Sentence } from './types.ts';

export type { Part, Sentence } from './types.ts';

export interface Figure {
  value: number;
  qualifier: ValueQualifier | null;
}
export interface UnitFigure extends Figure {
  name: string;
  factIds: number[];
}
export interface Indicator {
  key: IndicatorKey;
  label: string;
  unit: string;
  combine: Combine;
}

/** Numbers as official reports write them: no thousands separators, at most two decimals. */
export const number = (n: number) => String(Math.round(n * 100) / 100);

/** 50件, 100余次, 约1000人次, 近50件, 不足10人, 95%. */
export const say = (f: Figure, unit: string) => withQualifier(number(f.value), f.qualifier, unit);

// How a county total opens its sentence; indicators not listed read 全县{label}合计…
const TOTAL_OPENING: Partial<Record<IndicatorKey, string>> = {
  'train.sessions': '全县共开展干部职工与执法人员法治培训',
  'train.participants': '全县法治培训共覆盖',
  'train.leader_study': '全县领导干部和中心组共集中学法',
  'dispute.cases': '全县共排查调处矛盾纠纷',
  'dispute.resolved': '全县共调解成功矛盾纠纷',
  'pub.events': '全县共开展普法宣传活动',
  'pub.reach': '全县普法宣传共覆盖群众',
  'pub.materials': '全县共发放普法宣传资料',
  'recon.received': '全县共受理行政复议案件',
  'recon.closed': '全县共审结行政复议案件',
  'litig.cases': '全县共办理行政应诉案件',
};

// The subject of a comparison sentence, where the catalog's label is a list of synonyms.
const SUBJECT: Partial<Record<IndicatorKey, string>> = {
  'dispute.rate': '矛盾纠纷调处率',
  'svc.legal_aid': '法律援助件数',
  'decision.legal_reviews': '合法性审查件数',
};
export const subjectOf = (i: Indicator) => SUBJECT[i.key] ?? i.label;

const total = (i: Indicator, year: number, text: string): Part => ({ text, indicator: i.key, year });
const unitValue = (u: UnitFigure, unit: string): Part => ({ text: say(u, unit), facts: u.factIds });

/** Units without a figure: those that sent no report (未报送) and those whose report does not mention it. */
export interface Absent {
  noReport: number;
  notMentioned: number;
}

/**
 * 全县共排查调处矛盾纠纷1234件（12个单位报告；3个单位未报送，2个单位的报告未提及），较上年增长5.2%。
 * The change compares only the units that reported in both years (同口径), and says so when that is not
 * every unit.
 */
export function totalSentence(q: {
  indicator: Indicator;
  year: number;
  value: number;
  qualifier: ValueQualifier | null;
  units: number;
  absent: Absent;
  change: { abs: number; pct: number | null; units: number } | null;
}): Sentence {
  const i = q.indicator;
  const opening = TOTAL_OPENING[i.key];
  const figure = total(i, q.year, say({ value: q.value, qualifier: q.qualifier }, i.unit));
  const parts: Part[] = opening ? [opening, figure] : [`全县${i.label}合计`, figure];
  const absent = absentCountsText(q.absent);
  parts.push(`（${q.units}个单位报告${absent ? `；${absent}` : ''}），`);
  const c = q.change;
  if (!c) {
    parts.push('上年无可比数据。');
    return { kind: 'total', parts };
  }
  if (c.abs === 0) parts.push('与上年持平');
  else if (c.pct === null)
    parts.push(
      `较上年${c.abs > 0 ? '增加' : '减少'}${say({ value: Math.abs(c.abs), qualifier: null }, i.unit)}`,
    );
  else parts.push(`较上年${c.abs > 0 ? '增长' : '下降'}${number(Math.abs(c.pct))}%`);
  parts.push(c.units === q.units ? '。' : `（按两年均有报告的${c.units}个单位同口径比较）。`);
  return { kind: 'total', parts };
}

/** How the peers compared are named: 各乡镇（街道）中，… */
export const peersOf = (g: PeerGroup) => `各${UNIT_GROUP_LABEL[g].noun}`;

/**
 * The population a county-wide statistic is taken over, said the same way in the table and the text:
 * 全县合计 (a count summed over every unit that gave it), 各乡镇（街道）中位数 (a rate's median over the peers
 * the sentences compare), 全县中位数 (over every unit).
 */
export const statisticOf = (measure: 'sum' | 'median', peers: PeerGroup | null): string =>
  measure === 'sum' ? '全县合计' : peers === null ? '全县中位数' : `${peersOf(peers)}中位数`;

/** 邢庄镇、桃花镇 or, past three names, 邢庄镇、桃花镇、城关镇等5个单位. */
function names(list: UnitFigure[]): string {
  const shown = list.slice(0, 3).map((u) => u.name);
  return list.length > 3 ? `${shown.join('、')}等${list.length}个单位` : shown.join('、');
}

/** The units at one end: a single figure, or 均为 when several share it. */
function end(list: UnitFigure[], unit: string): Part[] {
  const first = list[0] as UnitFigure;
  if (list.length === 1) return [`${first.name}（`, unitValue(first, unit), '）'];
  // several units tie: each name's figure stays linked, the value is said once
  return [`${names(list)}（均为`, { text: say(first, unit), facts: list.flatMap((u) => u.factIds) }, '）'];
}

/**
 * 各乡镇（街道）中，矛盾纠纷调处率最高的是邢庄镇（95%），最低的是城关镇（80%），各乡镇（街道）中位数为90%。
 * Ranked units only; units that share the highest or lowest value are named together; a lone unit or equal
 * values are said as such. The median is over every peer that gave the figure (the briefing table's
 * figure), so it is said after the note on units left out of the comparison. Words of size only (最高,
 * 最多), never of merit: the same sentence serves a caseload that is neither better high nor low.
 */
export function leadersSentence(q: {
  indicator: Indicator;
  peers: PeerGroup;
  ranked: UnitFigure[];
  unranked: number;
  median?: number | null;
}): Sentence | null {
  const i = q.indicator;
  if (q.ranked.length === 0) return null;
  const subject = subjectOf(i);
  const peers = peersOf(q.peers);
  const [high, low] = i.combine === 'sum' ? ['最多', '最少'] : ['最高', '最低'];
  const byValue = [...q.ranked].sort((a, b) => b.value - a.value);
  const top = byValue.filter((u) => u.value === byValue[0]?.value);
  const bottom = byValue.filter((u) => u.value === byValue.at(-1)?.value);
  const parts: Part[] = [];
  if (q.ranked.length === 1) {
    const only = q.ranked[0] as UnitFigure;
    parts.push(`${peers}中，仅${only.name}报告了${subject}（`, unitValue(only, i.unit), '）');
  } else if (top.length === q.ranked.length) {
    parts.push(`${peers}中，报告了${subject}的${q.ranked.length}个单位均为`, {
      text: say(top[0] as UnitFigure, i.unit),
      facts: top.flatMap((u) => u.factIds),
    });
  } else {
    parts.push(
      `${peers}中，${subject}${high}的是`,
      ...end(top, i.unit),
      `，${low}的是`,
      ...end(bottom, i.unit),
    );
  }
  if (q.unranked > 0) parts.push(`（另有${q.unranked}个单位基数不足，未参与比较）`);
  if (q.median !== undefined && q.median !== null && q.ranked.length > 1 && top.length < q.ranked.length)
    parts.push(`，${statisticOf('median', q.peers)}为${say({ value: q.median, qualifier: null }, i.unit)}`);
  parts.push('。');
  return { kind: 'leaders', parts };
}

// Outcomes in the order a reconsideration report lists them.
export const OUTCOMES: readonly [IndicatorKey, string][] = [
  ['recon.upheld', '维持'],
  ['recon.rejected', '驳回'],
  ['recon.revoked', '撤销'],
  ['recon.changed', '变更'],
  ['recon.confirmed_illegal', '确认违法'],
  ['recon.ordered', '责令履行'],
  ['recon.mediated', '调解和解'],
  ['recon.withdrawn', '撤回或终止'],
];

/** 全县共审结行政复议案件63件，其中维持38件、驳回8件、撤销1件。 Outcomes no unit reported are left out. */
export function outcomesSentence(q: {
  year: number;
  closed: (Figure & { units: number }) | null;
  outcomes: { key: IndicatorKey; value: number; qualifier: ValueQualifier | null }[];
}): Sentence | null {
  const present = OUTCOMES.flatMap(([key, label]) => {
    const o = q.outcomes.find((x) => x.key === key);
    return o ? [{ ...o, label }] : [];
  });
  if (present.length === 0) return null;
  const parts: Part[] = q.closed
    ? [
        '全县共审结行政复议案件',
        { text: say(q.closed, '件'), indicator: 'recon.closed', year: q.year },
        '，其中',
      ]
    : ['全县行政复议案件办理结果为：'];
  present.forEach((o, n) => {
    if (n > 0) parts.push('、');
    parts.push(`${o.label}`, { text: say(o, '件'), indicator: o.key, year: q.year });
  });
  parts.push('。');
  return { kind: 'outcomes', parts };
}

/** The sentence as plain text, for tests and for copying. */
export const plain = (s: Sentence) => s.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
