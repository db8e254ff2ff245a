import type { Rule } from './rule.ts';
import { CASE_RULES } from './rules-cases.ts';
import { DECISION_RULES } from './rules-decisions.ts';
import { ENFORCEMENT_RULES } from './rules-enforcement.ts';
import { GOVERNANCE_RULES } from './rules-governance.ts';
import { TRAINING_RULES } from './rules-training.ts';

export type { Rule } from './rule.ts';

/** All count rules in priority order: where two cues end equally near a number, the earlier rule wins. */
// training rules first: the narrower readings (新增持证人员 before 持证人员)
export const RULES: Rule[] = [
  ...TRAINING_RULES,
  ...CASE_RULES,
  ...DECISION_RULES,
  ...ENFORCEMENT_RULES,
  ...GOVERNANCE_RULES,
];
