import type { NumToken } from './numbers/scan.ts';
import type { Draft, Item } from './structure/draft.ts';
import { type TextView, toOriginal } from './text/view.ts';
import type { UnreadFigure } from './types.ts';

/** Measure words that count things done (events, cases, people, copies); not money, time, places or kinds. */
const COUNT_MEASURES = new Set(
  '次 场 场次 期 轮 堂 节 批次 人次 人 名 位 件 件次 起 宗 例 个 个次 项 份 本 册 张 套 篇 条 则 家 户 户次 处 支 部'.split(
    ' ',
  ),
);

/** measures of events and cases: 两次会议 counts meetings, where 三张清单 names a set */
const EVENT_MEASURES = new Set('次 场 场次 期 轮 堂 节 批次 人次 件 件次 起 宗 例'.split(' '));

/** 21个行政村, 11个村(社区), 3个方面: places and wording are what is counted, not work done. */
const PLACE_HEAD =
  /^(?:行政村|自然村|村|嘎查|苏木|村民小组|居民小组|社区|居委会|村居|乡镇|镇街|街道|网格|小区|片区|园区|方面|领域|环节|板块|层级|类)/;
/** 2个首席法律咨询专家工作站: a noun phrase ending in a facility counts facilities. */
const FACILITY =
  '(?:站|室|点|中心|所|窗口|基地|阵地|公园|广场|长廊|街区|空间|场所|场地|大屏|显示屏|宣传栏|专栏|媒体|平台|公众号|账号|工作组|小组)';
const FACILITY_AFTER = new RegExp(`^[^,，。;:、的]{0,10}?${FACILITY}`);
const FACILITY_BEFORE = new RegExp(`${FACILITY}$`);
/** 63项具体任务, 4项主要措施: what a plan lists, not what was done. */
const PLAN_AFTER = /^[^,，。;:、]{0,6}?(?:任务|目标|措施|举措|指标)/;
/** 全镇辖21个行政村, 现有干部职工56人: the unit's description, not its year's work. */
const BACKGROUND = /辖|人口|面积|现有|共有|设有|下设|内设|在编|核定编制|行政编制|事业编制|驻有/;
const PERSON_MEASURES = new Set(['人', '名', '位']);
/** 明确1名同志负责, 配备2名执法人员: who holds a post, not work done. */
const STAFFING = /(?:配备|配齐|明确|确定|指定|安排|聘请|聘任|选聘|配置|落实)了?$/;
/** 力争开展60场以上, 目标…不少于: aims, not results. */
const TARGET = /力争|争取|目标|计划|拟于|拟将|预计|确保|不少于|至少|每年|每季度|每月|每周/;
/** 较上年增加12件: a difference between two years, not a count. */
const DIFFERENCE = /(?:较|比|相较|同比|环比)[^,，。;]*?(?:增加|减少|增长|下降|上升|提高|降低|多|少)了?$/;
/** 十四届六次、八次全会: sessions, not events. */
const SESSION_AFTER = /^(?:[、和][一二三四五六七八九十]+次)*(?:全会|全体会议|代表大会|党代会)/;
/** 由164个精简至70个, 压减至9项, 各1名, 人手1本: changes of a size and shares per head, not counts of work. */
const NOT_A_COUNT =
  /(?:精简|压减|缩减|压缩|减少|降低|降|下降|提升|提高|增加|增长|扩大|增|减)(?:到|至|为)$|[由从至各均]$|人手$|均[^,，。;]{0,3}$/;
const CLAUSE_BREAK = /[,，。;:!?\n]/;
const LEADING =
  /^(?:[、，,。；;：:()（）“”"\s]|[(（]?[一二三四五六七八九十0-9]{1,3}[)）、.．]|[一二三四五六七八九十]是)+/;
const REACH = 60;

/** Why a number is not an unread figure, or null when it is one. */
function reasonToSkip(item: Item, clean: string, year: number | null): string | null {
  const { ctx } = item;
  const t = ctx.token;
  if (t.masked) return 'masked';
  if (ctx.planned) return 'planned';
  if (!COUNT_MEASURES.has(t.measure)) return 'measure';
  const before = clean.slice(Math.max(0, t.start - 4), t.start);
  if (/[第逐]$|每[^0-9，,。;]{0,3}$|前$/.test(before)) return 'ordinal';
  // 09:32, 2025-03-19, V3.0: part of a time, date or code
  if (/[0-9][:.\-/]$/.test(before) || /^[:.\-/][0-9]/.test(clean.slice(t.numEnd, t.numEnd + 2)))
    return 'code';
  if (isWording(t, clean, ctx.right)) return 'wording';
  const after = clean.slice(t.end, t.end + 24);
  const lead = clean.slice(Math.max(0, t.start - 8), t.start);
  if (/届$|第[一二三四五六七八九十\d]+次[、和]$/.test(lead) || SESSION_AFTER.test(after)) return 'session';
  if (DIFFERENCE.test(ctx.phrase) || NOT_A_COUNT.test(before)) return 'not a count';
  if (/^(?:个|所|处|家|座)$/.test(t.measure) && countsPlaces(ctx.right)) return 'place';
  if (/^(?:个|所|处|家|座)$/.test(t.measure) && FACILITY_BEFORE.test(ctx.phrase)) return 'place';
  if (PLAN_AFTER.test(ctx.right)) return 'target';
  if (BACKGROUND.test(ctx.clause) || /有$/.test(ctx.phrase)) return 'background';
  if (PERSON_MEASURES.has(t.measure) && STAFFING.test(ctx.phrase)) return 'staffing';
  if (TARGET.test(ctx.clause)) return 'target';
  if (isLaterYearAim(ctx.sentence, year)) return 'later';
  return null;
}

/** 一次, 三项制度, 两个责任, 百名法学家百场报告会: numerals of wording and names, not figures; 0.7个工作日 is no count. */
function isWording(t: NumToken, clean: string, right: string): boolean {
  if (!Number.isInteger(t.value)) return true;
  if (!t.chinese) return false;
  if (t.value === 1) return true;
  const numeral = clean.slice(t.numStart, t.numEnd);
  if (/^[百千万]$/.test(numeral) && t.qualifier === 'exact') return true;
  // 两次会议 counts meetings; 三张清单, 四套班子 name sets
  return t.value <= 10 && !EVENT_MEASURES.has(t.measure) && /^[\u4e00-\u9fff]/.test(right);
}

const countsPlaces = (right: string) => PLACE_HEAD.test(right) || FACILITY_AFTER.test(right);

const YEAR_IN = /(20\d\d)\s*年/g;

/** 2025年，街道将力争…: a sentence naming a later year with an intention states a target. */
function isLaterYearAim(sentence: string, year: number | null): boolean {
  if (year === null || !/将|计划|拟|力争|争取/.test(sentence)) return false;
  for (const m of sentence.matchAll(YEAR_IN)) if (Number(m[1]) > year) return true;
  return false;
}

/** The clause around a number: from the break before it to the break after, at most REACH characters each way. */
function clauseAround(clean: string, t: NumToken): [number, number] {
  let from = t.start;
  while (from > 0 && t.start - from < REACH && !CLAUSE_BREAK.test(clean[from - 1] ?? '')) from--;
  let to = t.end;
  while (to < clean.length && to - t.end < REACH && !CLAUSE_BREAK.test(clean[to] ?? '')) to++;
  const lead = LEADING.exec(clean.slice(from, t.start));
  if (lead) from += lead[0].length;
  return [from, to];
}

/**
 * Figures with a count measure word that no rule read as a fact, in sentences about the unit's own work:
 * offered to a person rather than silently dropped. Never counted in values.
 */
export function unreadFigures(
  view: TextView,
  items: Item[],
  drafts: Draft[],
  year: number | null,
): UnreadFigure[] {
  const claimed = new Set<NumToken>();
  for (const d of drafts) if (d.ctx) claimed.add(d.ctx.token);
  const out: UnreadFigure[] = [];
  for (const item of items) {
    const t = item.ctx.token;
    if (claimed.has(t) || reasonToSkip(item, view.clean, year) !== null) continue;
    const [from, to] = clauseAround(view.clean, t);
    const [start, end] = toOriginal(view, from, to);
    const [figureStart, figureEnd] = toOriginal(view, t.start, t.end);
    out.push({
      value: t.value,
      qualifier: t.qualifier,
      measure: t.measure,
      start,
      end,
      text: view.original.slice(start, end),
      figureStart,
      figureEnd,
    });
  }
  return out;
}
