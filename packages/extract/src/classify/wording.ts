/**
 * Wording around a count that changes what the count says, read the same way for every key.
 */

/** 纠错(含撤销、确认违法)29件: a gloss in brackets right before a figure explains the head before it. */
const TRAILING_GLOSS = /[(（](?:含|包括|包含|即)[^()（）]*[)）]$/;

/** The words before a figure without a gloss that ends them, so the head before the gloss names the figure. */
export function withoutGloss(phrase: string): string {
  return TRAILING_GLOSS.test(phrase) ? phrase.replace(TRAILING_GLOSS, '') : phrase;
}

/** 每半年召开专题会1次, 每季度开展1次: a count per period is a frequency; 全年/累计/共 makes it a total again. */
const PER_PERIOD = /每(?:半)?(?:个)?(?:年|季度|季|月|周|旬)/;
const TOTAL_WORD = /全年|累计|共计|合计|总计|共/;

/** 每半年开展1次专题培训, 每季度至少组织1次: a frequency, however many words stand between */
const FREQUENCY = /每(?:半年|季度|两周|双月|年度?|季|月|周|旬)[^0-9，,。;]{0,8}$/;

/** Whether the words before a figure (its phrase, and the few characters right before it) make it a frequency. */
export function isFrequency(phrase: string, before = ''): boolean {
  if (FREQUENCY.test(before)) return true;
  const at = phrase.search(PER_PERIOD);
  return at >= 0 && !TOTAL_WORD.test(phrase.slice(at));
}

/** A clause's end: what tells that the words after a figure were not cut off with the excerpt. */
const CLAUSE_END = /[，,。；;！？!?、:：)）\]」”]/;
const CUT_TAIL = 6;

/**
 * …分别举办了2次习 at the very end of an excerpt: the figure's own clause is cut off, so what it counts is
 * unknown (catalog README: a number cut off at the end of an excerpt is never a fact).
 */
export function isCutOff(clean: string, end: number): boolean {
  // a text that ends right at the measure word ends with its figure: nothing after it was lost; and a
  // single unpunctuated sentence (a phrase typed or quoted alone) is whole, not an excerpt's cut end
  // only the last few characters of a text can be a cut-off tail: most figures are decided by the length alone
  if (clean.length - end > CUT_TAIL * 4) return false;
  const tail = clean.slice(end).trim();
  if (tail.length === 0 || tail.length > CUT_TAIL || CLAUSE_END.test(tail)) return false;
  return /[。；;！？!?]/.test(clean.slice(0, end));
}
