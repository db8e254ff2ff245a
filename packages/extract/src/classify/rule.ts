import type { IndicatorKey } from '@fazhi/catalog';
import type { TokenContext } from './context.ts';

/**
 * A count rule: the number's measure word is one of `measures` and `cue` names the thing counted.
 * `cue` is matched in the words before the number (its last match, nearest the number, decides
 * between rules) or, for `right` rules, in the words after the measure (召开3次专题会议).
 */
export interface Rule {
  key: IndicatorKey;
  measures: ReadonlySet<string>;
  cue: RegExp;
  right?: boolean;
  /** must hold for the rule to apply */
  when?: (c: TokenContext) => boolean;
  /** the phrase must not match */
  not?: RegExp;
}

export const inRecon = (c: TokenContext) => c.topic === 'recon' || /复议/.test(c.clause);
export const inLitig = (c: TokenContext) => c.topic === 'litig' || /应诉|诉讼/.test(c.clause);
export const notReconOrLitig = (c: TokenContext) => c.topic !== 'recon' && c.topic !== 'litig';
export const ruleOfLaw = /法治|依法治|法制|普法|依法行政|法治政府/;
