import { type Draft, phraseDraft } from './draft.ts';

/** 参考率和通过率实现“双百” / “双100%”: two rates of 100 said in a word (the other may have no key: 学法覆盖率). */
const DOUBLE_HUNDRED = /[“"]?双(?:百|100%)[”"]?/g;
const TWO_RATES = /率[、和及与]/;
const PARTICIPATION = /参考率|参学率|应考率/;
const PASS = /合格率|及格率|通过率/;
/** 所有参加人员成绩均达到合格分以上: a pass stated in words is a pass rate of 100 (catalog README). */
const ALL_PASSED =
  /(?:所有|全体|全部|\d+名)(?:参加|参考|参试|参训)?(?:考试)?(?:的)?(?:人员|干部|学员|职工|党员)(?:的)?(?:考试)?(?:成绩)?(?:均|全部|都)(?:已)?(?:达到)?(?:合格|及格|通过(?:考试|测试)?)/g;
const EXAM = /考试|测试|考核|考学|学考|抽考|测评/;
const INTENT = /力争|争取|目标|计划|将要|确保/;

function clauseBefore(clean: string, at: number): { text: string; start: number } {
  let start = at;
  while (start > 0 && at - start < 40 && !/[，,。;:\n]/.test(clean[start - 1] ?? '')) start--;
  return { text: clean.slice(start, at), start };
}

function sentenceOf(clean: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 120 && !/[。;\n]/.test(clean[start - 1] ?? '')) start--;
  let end = at;
  while (end < clean.length && end - at < 120 && !/[。;\n]/.test(clean[end] ?? '')) end++;
  return clean.slice(start, end);
}

/** Exam rates a report states in words rather than figures. */
export function examRatesInWords(clean: string, year: number | null): Draft[] {
  const out: Draft[] = [];
  DOUBLE_HUNDRED.lastIndex = 0;
  for (let m = DOUBLE_HUNDRED.exec(clean); m !== null; m = DOUBLE_HUNDRED.exec(clean)) {
    const before = clauseBefore(clean, m.index);
    const p = PARTICIPATION.exec(before.text);
    const q = PASS.exec(before.text);
    const first = Math.min(p?.index ?? Number.POSITIVE_INFINITY, q?.index ?? Number.POSITIVE_INFINITY);
    if ((!p && !q) || !TWO_RATES.test(before.text) || INTENT.test(sentenceOf(clean, m.index))) continue;
    const end = m.index + m[0].length;
    const from = before.start + (p && q ? first : ((p ?? q)?.index ?? 0));
    if (p) out.push(phraseDraft('train.exam_participation_rate', 100, from, end, year));
    if (q) out.push(phraseDraft('train.exam_pass_rate', 100, from, end, year));
  }
  ALL_PASSED.lastIndex = 0;
  for (let m = ALL_PASSED.exec(clean); m !== null; m = ALL_PASSED.exec(clean)) {
    const sentence = sentenceOf(clean, m.index);
    // a pass rate stated as a figure in the same sentence says it already
    if (!EXAM.test(sentence) || INTENT.test(sentence) || /(?:合格|及格|通过)率/.test(sentence)) continue;
    out.push(phraseDraft('train.exam_pass_rate', 100, m.index, m.index + m[0].length, year));
  }
  return out;
}
