const PLAN_HEADING =
  /(?:^|\n)(?:[一二三四五六七八九十]+、|\d+[.、]|\(?[一二三四五六七八九十]+\)|第[一二三四五六七八九十]+部分)?[^\n]{0,24}?(?:下一步|下一年|下年度|明年|工作计划|工作打算|工作思路|工作安排|主要安排|初步安排|具体计划|工作设想|努力方向)(?![^\n]{0,12}(?:完成|执行|落实|开展)情况)[^\n]*/g;
const INTO_PLAN = /(?:纳入|列入|写入|融入|编入)[^\n]{0,12}(?:工作计划|工作安排)/;
const TOP_HEADING = /\n(?:[一二三四五六七八九十]+、|\d+[.、](?!\d)|第[一二三四五六七八九十]+部分)/g;

/** Sections about next year's plans: from such a heading to the next top-level heading. */
export function planZones(clean: string): [number, number][] {
  const zones: [number, number][] = [];
  PLAN_HEADING.lastIndex = 0;
  for (let m = PLAN_HEADING.exec(clean); m !== null; m = PLAN_HEADING.exec(clean)) {
    // 将法治建设纳入区委常委会工作计划…: a plan something is put into, not a section about the year ahead
    if (INTO_PLAN.test(m[0].slice(0, 40))) continue;
    TOP_HEADING.lastIndex = m.index + m[0].length;
    const next = TOP_HEADING.exec(clean);
    zones.push([m.index, next ? next.index : clean.length]);
  }
  return zones;
}
