import type { Rule } from './rule.ts';
import { CASE_RULES } from './rules-cases.ts';
import { DECISION_RULES } from './rules-decisions.ts';
import { ENFORCEMENT_RULES } from './rules-enforcement.ts';
import { GOVERNANCE_RULES } from './rules-governance.ts';

export type { Rule } from './rule.ts';

/** All count rules in priority order: where two cues end equally near a number, the earlier rule wins. */
export const RULES: Rule[] = [...CASE_RULES, ...DECISION_RULES, ...ENFORCEMENT_RULES, ...GOVERNANCE_RULES];
