import { normalizeText } from './normalize.ts';
import { shingleHashes } from './shingles.ts';

/**
 * What every report says, as patterns over the normalised text (no punctuation or spaces, figures as #):
 * the title and addressee, the opening and closing formulas, the slogans every report opens with, and the
 * headings of the five parts 厅字〔2019〕28号 requires. Their characters count neither as shared nor as the
 * report's own. The gaps are bounded so a pattern cannot swallow a paragraph.
 */
export const FIXED_BOILERPLATE: readonly RegExp[] = [
  /关于?(#年度?|本年度|上一年度)?(推进)?法治政府建设(工作)?(情况|年度报告|工作报告)?的?报告/g,
  /中共.{1,12}?委.{0,14}?人民政府/g,
  /现将.{0,40}?报告如下/g,
  /在.{0,24}?的?(坚强|正确|有力)领导下/g,
  /以习近平新时代中国特色社会主义思想为指导/g,
  /(深入)?学习(宣传)?贯彻(落实)?习近平法治思想/g,
  /根据法治政府建设与责任落实督察工作规定(的?要求)?/g,
  /(上一年度|#年度?|本年度|今年)?推进法治政府建设(工作)?的?主要举措(和|及)(取得的)?成效/g,
  /存在的(主要)?(问题|不足)(和|及)?(原因|不足)?/g,
  /党政主要负责人履行推进法治建设第一责任人职责(情况)?/g,
  /加强法治政府建设的有关情况/g,
  /(下一年度|#年度?|明年)推进法治政府建设的?主要安排/g,
  /下一步(工作)?(打算|计划|安排)/g,
  /其他需要报告的(情况|事项)/g,
  /特此报告/g,
  /#年#月#日/g,
];

/** Shingles learnt from a corpus to be boilerplate: they occur in more than a share of all its reports. */
export interface CommonShingles {
  readonly reports: number;
  /** a shingle is common when at least this many reports hold it */
  readonly threshold: number;
  isCommon(hash: number): boolean;
}

export interface LearnOptions {
  /** a shingle in more than this share of the reports is boilerplate (default 0.1) */
  share?: number;
  /** and in at least this many (default 10), so a passage copied among a few neighbours is never learnt */
  minReports?: number;
}

/**
 * Document frequencies of every shingle of a corpus, counted in one table indexed by the hash's low bits (a
 * one-row count-min sketch: a Map of tens of millions of shingles would not fit). Two shingles in one slot add
 * up, so a rare shingle is taken for common only if it lands in the slot of a common one: with a table of at
 * least as many slots as shingle occurrences, about 1 in 1,000 when 0.1 % of the corpus's shingles are common.
 */
export function learnBoilerplate(texts: readonly string[], options: LearnOptions = {}): CommonShingles {
  const { share = 0.1, minReports = 10 } = options;
  let occurrences = 0;
  for (const t of texts) occurrences += t.length;
  const bits = Math.min(23, Math.max(10, Math.ceil(Math.log2(Math.max(1, occurrences)))));
  const mask = (1 << bits) - 1;
  // [count, last report that counted it] side by side: one cache line a shingle
  const table = new Int32Array(2 << bits);
  texts.forEach((text, index) => {
    const stamp = index + 1;
    const hashes = shingleHashes(normalizeText(text).text);
    for (let i = 0; i < hashes.length; i++) {
      const slot = ((hashes[i] ?? 0) & mask) << 1;
      if (table[slot + 1] !== stamp) {
        table[slot + 1] = stamp;
        table[slot] = (table[slot] ?? 0) + 1;
      }
    }
  });
  const threshold = Math.max(Math.floor(share * texts.length) + 1, minReports);
  return {
    reports: texts.length,
    threshold,
    isCommon: (hash) => (table[(hash & mask) << 1] ?? 0) >= threshold,
  };
}

export const NO_COMMON_SHINGLES: CommonShingles = { reports: 0, threshold: Infinity, isCommon: () => false };
