import {
  FOCUS,
  FOCUS_GROUPS,
  type FocusGroup,
  GROUPS,
  getIndicator,
  HEADLINE_KEYS,
  INDICATORS,
  type IndicatorKey,
  inGroup,
  isFocusGroup,
} from '@fazhi/catalog';
import { emptyYearText } from '@fazhi/catalog/wording';
import { reportYears, type Unit } from '@fazhi/db';
import type { Cell } from '@fazhi/values';
import { ServiceError } from '../errors.ts';
import { headlineFigures } from '../headline.ts';
import { indicatorInfo } from '../lists.ts';
import { modelOf, type ReadSource } from '../read-model.ts';
import { absentCounts, reportedIn } from '../states.ts';
import { outcomesChart, trendChart, unitsChart } from './charts.ts';
import { coverageSentence, noFigureSentence } from './coverage.ts';
import { type Candidate, highlights, TIERS } from './highlights.ts';
import { leadersOf, type Peers, peersOf, rankingRows } from './leaders.ts';
import { OUTCOMES, outcomesSentence, statisticOf, totalSentence } from './sentences.ts';
import { handedIn, submissionCounts, submissionsSentence } from './submissions.ts';
import type { Briefing, BriefingHeadline, Leaders } from './types.ts';

const BY_NAME = new Intl.Collator('zh-CN');
// townships and sub-districts first, county departments after, each by name
const unitOrder = (a: Unit, b: Unit) =>
  Number(inGroup(a.type, 'departments')) - Number(inGroup(b.type, 'departments')) ||
  BY_NAME.compare(a.name, b.name);

export interface BriefingParams {
  county: string;
  year?: number | undefined;
  focus?: FocusGroup | undefined;
}

/**
 * The leadership briefing of one county and year: headline figures with change, who leads and lags on
 * each focus indicator, charts, and sentences computed from the stored values only. `highlights` are the
 * three sentences of its one page; `sections` say everything, for the annex.
 */
export async function briefing(source: ReadSource, q: BriefingParams, minBase: number): Promise<Briefing> {
  const model = await modelOf(source);
  const county = await model.county(q.county);
  const years = await reportYears(model.db, county.id);
  const year = q.year ?? years.at(-1);
  if (year === undefined || !years.includes(year)) {
    const what = year === undefined ? '还没有任何报告' : ` ${emptyYearText(year)}`;
    throw new ServiceError('no_data', `${county.name}${what}，无法生成简报`);
  }
  const groups: readonly FocusGroup[] = q.focus ? [q.focus] : FOCUS_GROUPS;
  const cells = await model.countyCells(county.id);
  const { table, units: all, asOf, reported: reportedByYear } = cells;
  const units = all.filter((u) => u.type !== 'county').sort(unitOrder);
  const hasReports = (y: number) => reportedIn(reportedByYear, y).size > 0;
  const cellsOf = (key: IndicatorKey, y: number): Cell[] => [...table.column(key, y).values()];
  const valuesOf = (key: IndicatorKey, y: number) => new Map(table.column(key, y));
  const inYear = reportedIn(reportedByYear, year);
  const reported = new Set(units.filter((u) => inYear.has(u.id)).map((u) => u.id));
  const rowsOf = rankingRows(cells, county, year, minBase);

  const inFocus = (group: string) => isFocusGroup(group) && groups.includes(group);
  const keys = HEADLINE_KEYS.filter((k) => inFocus(getIndicator(k).group));
  // a count is the county's total; a rate is the median over the peers its sentence compares, so the
  // table and the text give one figure and say over whom
  const headlines = keys.map((key): BriefingHeadline => {
    const i = getIndicator(key);
    const measure = i.combine === 'sum' ? 'sum' : 'median';
    const peers = measure === 'median' ? peersOf(key, rowsOf) : null;
    const scope = new Set(units.filter((u) => peers === null || inGroup(u.type, peers)).map((u) => u.id));
    const within = (y: number) => new Map([...valuesOf(key, y)].filter(([id]) => scope.has(id)));
    const now = within(year);
    return {
      indicator: indicatorInfo(i),
      ...headlineFigures(measure, now, within(year - 1)),
      peers,
      statistic: statisticOf(measure, peers),
      absent: absentCounts(scope, (id) => now.has(id), reported),
    };
  });

  const told: Candidate[] = [];
  const sections = groups.map((g) => {
    const said: Candidate[] = [];
    const role = (key: IndicatorKey) =>
      key === FOCUS[g].main ? TIERS.main : key === FOCUS[g].second ? TIERS.second : TIERS.more;
    for (const h of headlines) {
      if (getIndicator(h.indicator.key).group !== g) continue;
      if (h.value === null) said.push({ sentence: noFigureSentence(h), tier: TIERS.none, units: 0 });
      else if (h.measure === 'sum')
        said.push({
          sentence: totalSentence({ ...h, year, value: h.value }),
          tier: role(h.indicator.key),
          units: h.units,
        });
    }
    const leaders: Leaders[] = [];
    for (const key of keys.filter((k) => getIndicator(k).group === g)) {
      const found = leadersOf(key, rowsOf);
      if (!found) continue;
      if (found.table) leaders.push(found.table);
      const counts = getIndicator(key).combine === 'sum';
      // a count only one unit reported is already said by its total
      const main = key === FOCUS[g].main || key === FOCUS[g].second;
      if (found.sentence && (!counts || (main && found.ranked > 1)))
        said.push({ sentence: found.sentence, tier: counts ? TIERS.more : role(key), units: found.present });
    }
    if (g === 'recon') {
      const closed = headlineFigures('sum', valuesOf('recon.closed', year), new Map());
      const outcomes = OUTCOMES.flatMap(([key]) => {
        const h = headlineFigures('sum', valuesOf(key, year), new Map());
        return h.value === null ? [] : [{ key, value: h.value, qualifier: h.qualifier }];
      });
      const s = outcomesSentence({
        year,
        closed:
          closed.value === null
            ? null
            : { value: closed.value, qualifier: closed.qualifier, units: closed.units },
        outcomes,
      });
      if (s) said.push({ sentence: s, tier: TIERS.outcomes, units: closed.units });
    }
    told.push(...said);
    const sentences = said.map((c) => c.sentence);
    return { key: g, label: GROUPS.find((x) => x.key === g)?.label ?? g, sentences, leaders };
  });

  const departments = new Set(units.filter((u) => inGroup(u.type, 'departments')).map((u) => u.id));
  const byUnits = (key: IndicatorKey) => {
    const peers: Peers = cellsOf(key, year).some((c) => !departments.has(c.unitId)) ? 'towns' : 'departments';
    return unitsChart(key, year, peers, rowsOf(key, peers));
  };
  const pastYears = years.filter((y) => y <= year);
  const focus = q.focus;
  const candidates = focus
    ? [
        () => byUnits(FOCUS[focus].main),
        // reconsideration's second chart is its outcomes (维持, 撤销 …), not its second figure
        () => (focus === 'recon' ? outcomesChart(year, cellsOf, hasReports) : byUnits(FOCUS[focus].second)),
        () => trendChart(FOCUS[focus].main, pastYears, cellsOf, hasReports),
      ]
    : [
        () => byUnits(FOCUS.dispute.main),
        () => byUnits(FOCUS.pub.main),
        () => outcomesChart(year, cellsOf, hasReports),
        () => byUnits(FOCUS.train.main),
        () => trendChart(FOCUS.dispute.main, pastYears, cellsOf, hasReports),
      ];
  const charts: Briefing['charts'] = [];
  for (const make of candidates) {
    const chart: Briefing['charts'][number] | null = charts.length < 3 ? make() : null;
    if (chart) charts.push(chart);
  }

  const groupKeys = new Set(INDICATORS.filter((i) => inFocus(i.group)).map((i) => i.key));
  const shown = table.select(groupKeys, new Set([year]));
  const noReport = units.filter((u) => !reported.has(u.id)).map((u) => u.name);
  const submissions = submissionCounts(
    await handedIn(model.db, county, year, new Set(units.map((u) => u.id))),
  );
  const focusLabel = q.focus ? `（${GROUPS.find((x) => x.key === q.focus)?.label}）` : '';
  return {
    county: { id: county.id, name: county.name },
    year,
    focus: q.focus ?? null,
    sample: units.length > 0 && units.every((u) => u.sample),
    title: `${county.name}${year}年度法治建设主要指标简报${focusLabel}`,
    asOf,
    reviewed: { values: shown.filter((c) => c.status !== 'auto').length, total: shown.length },
    units: { total: units.length, reported: reported.size, noReport },
    indicators: keys.map((k) => indicatorInfo(getIndicator(k))),
    headlines,
    summary: [
      coverageSentence({ year, units: units.length, reported: reported.size, noReport }),
      submissionsSentence(submissions),
    ],
    submissions,
    highlights: highlights(told),
    sections,
    charts,
    table: {
      indicators: keys.map((k) => indicatorInfo(getIndicator(k))),
      // every unit, so a unit without a report reads 未报送 across, apart from 未提及
      rows: units.map((u) => ({
        unit: { id: u.id, name: u.name, type: u.type },
        reported: reported.has(u.id),
        cells: keys.map((k) => {
          const c = table.get(u.id, year, k);
          if (!c) return null;
          const previous = table.get(u.id, year - 1, k)?.value ?? null;
          return { value: c.value, qualifier: c.qualifier, status: c.status, factIds: c.factIds, previous };
        }),
      })),
    },
  };
}
