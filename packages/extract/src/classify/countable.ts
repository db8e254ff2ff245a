import type { TokenContext } from './context.ts';
import { isCutOff, isFrequency, ORDINAL_LIST } from './wording.ts';

/** The measure words a count of an indicator may have; a number with another (元, 岁, 米) counts nothing. */
const INDICATOR_MEASURES = new Set([
  '次',
  '场',
  '场次',
  '期',
  '轮',
  '轮次',
  '堂',
  '节',
  '批次',
  '人次',
  '人',
  '名',
  '位',
  '件',
  '起',
  '宗',
  '例',
  '个',
  '项',
  '件次',
  '份',
  '本',
  '册',
  '张',
  '套',
  '篇',
  '部',
  '条',
  '则',
  '户次',
  '家次',
  '辆次',
  '艘次',
  '单',
  '%',
]);
const PLENARY_AFTER = /^(?:[、和及][零一二三四五六七八九十\d]+次)*全会/;

/** Whether a number counts something at all: not an ordinal, frequency, target, difference, average or name. */
export function isCountable(c: TokenContext, clean: string): boolean {
  const t = c.token;
  if (t.masked || !INDICATOR_MEASURES.has(t.measure)) return false;
  const before = clean[t.start - 1] ?? '';
  const near = clean.slice(Math.max(0, t.start - 6), t.start);
  // 这341件纠纷中…: a figure pointed back to (这, 上述, 前述) was counted where it was first stated
  if (/(?:这|上述|前述)$/.test(near)) return false;
  // …这341件纠纷中340件达成了书面协议: how a figure already counted splits is no new figure
  if (
    /(?:这|上述|前述)[\d,]+[件起宗个项][^,，。;]{0,8}中$/.test(
      clean.slice(Math.max(0, t.start - 20), t.start),
    )
  )
    return false;
  // 第3次; 逐1; 每月2次; 第一、二次 (the second of a list of ordinals)
  if (/[第逐]/.test(before) || /每[^0-9，,。;]{0,3}$/.test(near.slice(-4)) || ORDINAL_LIST.test(near))
    return false;
  if (isFrequency(c.phrase, clean.slice(Math.max(0, t.start - 12), t.start)) || isCutOff(clean, t.end))
    return false;
  // next year's plans and targets (不少于60场次) are not results
  if (c.planned) return false;
  // 省委十四届六次、八次全会: ordinals of plenary sessions, not counts
  if (before === '届' || PLENARY_AFTER.test(clean.slice(t.end, t.end + 16))) return false;
  // a floor (参考率、合格率不低于95%) is a target, never a result
  if (/(?:不低于|不得低于|不应低于)$/.test(c.phrase)) return false;
  if (
    /不少于|至少/.test(clean.slice(t.start, t.numStart)) &&
    /计划|拟|力争|争取|目标|确保|要求/.test(c.sentence)
  ) {
    return false;
  }
  // 较上年增加12件: a difference between two years, not a count
  if (/(?:较|比|相较|同比)[^,，。;]*?(?:增加|减少|增长|下降|上升|提高|降低|多|少)了?$/.test(c.phrase))
    return false;
  // 日均登记咨询200件, 人均3次: an average is not a count
  if (/日均|月均|周均|年均|人均|平均/.test(c.phrase)) return false;
  // a bare 一 (一次, 一件事) is wording, not a figure; after its noun and closing the clause (法治讲座一期。) it counts
  if (t.chinese && clean.slice(t.numStart, t.numEnd) === '一') return countsAfterNoun(c, clean);
  return true;
}

/** 法治讲座一期, 专题培训两期、法治讲座一期: 一 right after the noun it counts, with nothing after its measure */
function countsAfterNoun(c: TokenContext, clean: string): boolean {
  const closes = /^(?:[，,。；;、]|$)/.test(clean.slice(c.token.end, c.token.end + 1));
  return closes && /(?:讲座|培训|培训班|学习|学法|会议|活动|考试|研讨班|读书班)$/.test(c.phrase);
}
