/**
 * Wording around a count that changes what the count says, read the same way for every key.
 */

/** 纠错(含撤销、确认违法)29件: a gloss in brackets right before a figure explains the head before it. */
const TRAILING_GLOSS = /[(（](?:含|包括|包含|即)[^()（）]*[)）]$/;

/** 直接纠正(含撤销、确认违法、变更)行政机关决定46件: a gloss inside the words explains them, it names nothing */
const INNER_GLOSS = /[(（](?:含|包括|包含|即)[^()（）]*[)）]/g;

/** The words before a figure without a gloss that ends them, so the head before the gloss names the figure. */
export function withoutGloss(phrase: string): string {
  const trimmed = TRAILING_GLOSS.test(phrase) ? phrase.replace(TRAILING_GLOSS, '') : phrase;
  return trimmed.replace(INNER_GLOSS, '');
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

/** 经法制审核，审核11件 / 排查纠纷75件，化解71件: a verb alone takes its object from the clause before */
export const BARE_VERB =
  /^[、,，]?(?:共|已|均|成功)?(?:审核|审查|化解|调处|调解|办理|受理|处理|办结|查处|评查|检查)(?:成功)?$/;
export const TOTAL_AFTER = /^(?:共|合计|累计|总计)$/;
/** What is left of a phrase with no noun in it: 全年累计开展, 共组织 */
export const VERB_ONLY =
  /^(?:全年|今年以来|今年|年内|当年|累计|共计|总计|合计|共|先后|已经|已|目前|截至目前|开展|组织|举办|召开|进行|完成|实现|达到|达|计|了|其中|分别|为|有|[()、]|等)*$/;

/** 第一、二次: the second of a list of ordinals is an ordinal too */
export const ORDINAL_LIST = /第[一二三四五六七八九十\d]{1,3}[、和及至]$/;
