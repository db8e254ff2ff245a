import { getIndicator, type IndicatorKey, UNIT_TYPE_LABEL } from '@fazhi/catalog';
import type { Fact, Flag, UnitType, UnitYearValue } from './types.ts';

type Values = Partial<Record<IndicatorKey, UnitYearValue>>;

/** Words a unit uses for itself; another type's words suggest text copied from another unit's report. */
const SELF_WORDS: Partial<Record<UnitType, RegExp>> = {
  town: /(?:全|我|本|该)乡(?![镇村里亲土])/g,
  township: /(?:全|我|本|该)镇(?![乡村])/g,
  subdistrict: /(?:我|本|该)(?:乡|镇)(?![镇乡村])/g,
};
const TYPE_NAME = UNIT_TYPE_LABEL;

const OUTCOMES: IndicatorKey[] = [
  'recon.upheld',
  'recon.revoked',
  'recon.rejected',
  'recon.ordered',
  'recon.confirmed_illegal',
  'recon.changed',
  'recon.withdrawn',
  'recon.mediated',
];

/** Rate key → [numerator, denominator] counts it can be checked against. */
const RATE_CHECKS: [IndicatorKey, IndicatorKey, IndicatorKey][] = [
  ['dispute.rate', 'dispute.resolved', 'dispute.cases'],
  ['recon.mediation_rate', 'recon.mediated', 'recon.closed'],
  ['recon.correction_rate', 'recon.direct_corrections', 'recon.closed'],
  ['litig.lost_rate', 'litig.lost', 'litig.cases'],
];

function templateText(text: string, unitType: UnitType | null): Flag[] {
  const re = unitType ? SELF_WORDS[unitType] : undefined;
  if (!unitType || !re) return [];
  re.lastIndex = 0;
  const hits = [...text.matchAll(re)];
  const first = hits[0];
  if (!first) return [];
  const words = [...new Set(hits.map((h) => h[0]))].join('、');
  return [
    {
      type: 'template_text',
      message: `本报告为${TYPE_NAME[unitType]}的报告，却出现“${words}”等${hits.length}处其他类型单位的自称，可能套用了其他单位的模板`,
      keys: [],
      start: first.index,
      end: first.index + first[0].length,
    },
  ];
}

function ratesOver100(facts: Fact[]): Flag[] {
  return facts
    .filter((f) => getIndicator(f.key).unit === '%' && f.value > 100)
    .map((f) => ({
      type: 'rate_over_100' as const,
      message: `${getIndicator(f.key).label}为${f.value}%，超过100%`,
      keys: [f.key],
      start: f.start,
      end: f.end,
    }));
}

function outcomesMismatch(values: Values): Flag[] {
  const closed = values['recon.closed'];
  const stated = OUTCOMES.filter((k) => values[k] !== undefined);
  if (!closed || stated.length < 2) return [];
  const sum = stated.reduce((s, k) => s + (values[k]?.value ?? 0), 0);
  if (sum === closed.value) return [];
  const exact = closed.qualifier === 'exact' && stated.every((k) => values[k]?.qualifier === 'exact');
  if (!exact && sum <= closed.value) return [];
  const labels = stated.map((k) => getIndicator(k).label.replace('行政复议', '')).join('、');
  return [
    {
      type: 'recon_outcomes_mismatch',
      message: `行政复议各类结果（${labels}）合计${sum}件，与审结${closed.value}件不符`,
      keys: ['recon.closed', ...stated],
      start: null,
      end: null,
    },
  ];
}

function ratesContradictCounts(values: Values): Flag[] {
  const flags: Flag[] = [];
  for (const [rateKey, numKey, denKey] of RATE_CHECKS) {
    const rate = values[rateKey];
    const num = values[numKey];
    const den = values[denKey];
    if (!rate || !num || !den || rate.qualifier === 'derived' || den.value <= 0) continue;
    if (num.qualifier !== 'exact' || den.qualifier !== 'exact') continue;
    const computed = (num.value / den.value) * 100;
    const tolerance = rate.qualifier === 'exact' ? 1 : 5;
    if (Math.abs(computed - rate.value) <= tolerance) continue;
    flags.push({
      type: 'rate_contradicts_counts',
      message: `${getIndicator(rateKey).label}为${rate.value}%，但按${getIndicator(numKey).label}${num.value}与${getIndicator(denKey).label}${den.value}计算应为${computed.toFixed(1)}%`,
      keys: [rateKey, numKey, denKey],
      start: null,
      end: null,
    });
  }
  return flags;
}

export function flagsFor(text: string, unitType: UnitType | null, facts: Fact[], values: Values): Flag[] {
  return [
    ...templateText(text, unitType),
    ...ratesOver100(facts),
    ...outcomesMismatch(values),
    ...ratesContradictCounts(values),
  ];
}
