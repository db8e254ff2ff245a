import { unitYearValues } from '@fazhi/values';
import { classify } from './classify/classify.ts';
import { buildContexts } from './classify/context.ts';
import { spansEarlierYears } from './classify/periods.ts';
import { linkSharedVerbs } from './classify/shared-verb.ts';
import { flagsFor } from './flags.ts';
import { readMeta } from './meta/index.ts';
import { buildMask, scanNumbers } from './numbers/scan.ts';
import { allClosedAfterCases } from './structure/all-closed.ts';
import { reachFollowsActivity } from './structure/audience.ts';
import { bareRatesTakeTopic } from './structure/bare-rates.ts';
import { inheritHeadNoun, partsAfterAmong } from './structure/breakdowns.ts';
import { takenUpOfScreened } from './structure/disputes.ts';
import { type Draft, draftsFrom, type Item } from './structure/draft.ts';
import { eachOfList } from './structure/each.ts';
import { examRatesInWords } from './structure/exam-words.ts';
import { holdersInNextClause } from './structure/holders.ts';
import {
  compareYears,
  inheritLevels,
  markTotals,
  preferRates,
  resolvedAfterCases,
} from './structure/relations.ts';
import { statedZeros } from './structure/zeros.ts';
import { buildView, type TextView, toOriginal } from './text/view.ts';
import type { ExtractOptions, ExtractResult, Fact } from './types.ts';
import { unreadFigures } from './unread.ts';

export { parseChineseNumeral } from './numbers/chinese.ts';
export {
  findParts,
  type PartSpan,
  type ReportPart,
  type ReportParts,
  TOKEN_CHARS,
} from './parts/find.ts';

import { loadGazetteer } from '@fazhi/gazetteer';
import { unitFromOrg } from './meta/org.ts';

/** Loads the engine's data (the gazetteer, ~0.1–0.3 s) now rather than in the first extraction. */
export function loadEngineData(): void {
  loadGazetteer();
}

import type { UnitType } from './types.ts';

/** The short name and type of a unit named by a person: 沈丘县邢庄镇人民政府 → 邢庄镇, town. */
export function readUnitName(
  name: string,
): { unit: string; unitType: UnitType; county: string | null } | null {
  const u = unitFromOrg(name.replace(/\s+/g, ''), true);
  return u ? { unit: u.unit, unitType: u.unitType, county: u.chain.county } : null;
}
export type * from './types.ts';

/** Bumped whenever extraction results may change, so stored facts know which engine made them. */
export const EXTRACTOR_VERSION = '1.8.0';

/** Evidence starts at a word, not at the comma or bracket before it. */
const LEADING_MARKS = /[、，,。；;：:()（）“”"\s]/;

/** A list marker at the start of a span: （三）, 2., 一是 */
const LIST_MARKER = /^(?:[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.．]|[一二三四五六七八九十]是)/;

function toFact(view: TextView, d: Draft): Fact {
  let from = d.spanStart;
  for (let changed = true; changed && from < d.spanEnd - 1; ) {
    changed = false;
    while (from < d.spanEnd - 1 && LEADING_MARKS.test(view.clean[from] ?? '')) {
      from++;
      changed = true;
    }
    const marker = LIST_MARKER.exec(view.clean.slice(from, Math.min(d.spanEnd, from + 6)));
    if (marker && from + marker[0].length < d.spanEnd - 1) {
      from += marker[0].length;
      changed = true;
    }
  }
  const [start, end] = toOriginal(view, from, d.spanEnd);
  return {
    key: d.key,
    value: d.value,
    qualifier: d.qualifier,
    year: d.year,
    derived: d.derived,
    role: d.role,
    start,
    end,
    text: view.original.slice(start, end),
  };
}

/**
 * 直接纠错236件 said again in a later sentence is one mention, not two; within one sentence
 * (习近平法治思想专题讲座2场、行政复议法专题讲座2场) alike words are two items.
 */
function dropRestatements(drafts: Draft[], clean: string): Draft[] {
  const seenIn = new Map<string, number>();
  return drafts.filter((d) => {
    if (!d.ctx) return true;
    const t = d.ctx.token;
    // a rate is told apart by what it is the rate of, said before it (…抽考，参考率100%; …网络考试，参考率100%)
    const from = t.measure === '%' ? d.ctx.sentenceStart : Math.max(d.ctx.phraseStart, t.start - 4);
    const words = clean.slice(Math.max(from, t.start - 24), t.end);
    const sig = `${d.key}|${d.value}|${d.year}|${words}`;
    const sentence = seenIn.get(sig);
    if (sentence !== undefined && sentence !== d.ctx.sentenceStart) return false;
    seenIn.set(sig, d.ctx.sentenceStart);
    return true;
  });
}

const LATER_YEAR_OPENING =
  /^\s*(?:[一二三四五六七八九十]+是|[(]?[一二三四五六七八九十\d]{1,2}[)、.])?\s*(20\d\d)\s*年(?![\d一-九十]+月)/;

/** 2025年，街道将力争开展活动60场次以上: a sentence about a later year's intentions states targets, not results. */
function isLaterYearPlan(sentence: string, year: number | null): boolean {
  const opening = year === null ? null : LATER_YEAR_OPENING.exec(sentence);
  return opening !== null && Number(opening[1]) > (year ?? 0) && /将|力争|争取|计划|拟|确保/.test(sentence);
}

/**
 * Reads a report: who issued it for which year, every indicator figure with the exact span it came from,
 * the unit-year values, and flags for a reviewer. Pure: text in, result out.
 */
export function extractReport(text: string, options: ExtractOptions = {}): ExtractResult {
  const view = buildView(text);
  const clean = view.clean;
  const meta = readMeta(text, clean);
  if (meta.year === null && options.year !== undefined) meta.year = options.year;
  const year = meta.year;

  // a number with no measure word after it (一般, “1310”) counts nothing
  const tokens = scanNumbers(clean, buildMask(clean)).filter((t) => t.measure !== '');
  const contexts = buildContexts(clean, tokens);
  linkSharedVerbs(contexts);
  const items: Item[] = contexts.map((ctx) => ({ ctx, drafts: [] }));
  for (const item of items) {
    const notThisYear = isLaterYearPlan(item.ctx.sentence, year) || spansEarlierYears(item.ctx, clean, year);
    item.drafts = notThisYear ? [] : draftsFrom(classify(item.ctx, clean), year);
  }
  inheritLevels(items);
  resolvedAfterCases(items);
  takenUpOfScreened(items);
  reachFollowsActivity(items, clean, year);
  eachOfList(items);
  bareRatesTakeTopic(items);
  holdersInNextClause(items, clean, year);
  allClosedAfterCases(items, clean, year);
  inheritHeadNoun(items);
  partsAfterAmong(items, clean);
  markTotals(items, clean);
  const previous = compareYears(items, clean, year);
  const read = [
    ...items.flatMap((i) => i.drafts),
    ...previous,
    ...statedZeros(clean, year),
    ...examRatesInWords(clean, year),
  ];
  const drafts = dropRestatements(preferRates(read), clean);
  const facts = drafts.map((d) => toFact(view, d)).sort((a, b) => a.start - b.start || a.end - b.end);
  const values = unitYearValues(facts, year);
  const flags = flagsFor(text, meta.unitType, facts, values);
  return { meta, facts, values, flags, unread: unreadFigures(view, items, read, year) };
}
