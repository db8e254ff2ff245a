export { FOCUS_KEYS, HEADLINE_KEYS } from '@fazhi/catalog';
export { importAttributes, matchAttributeRows, readTable } from './attributes.ts';
export { changesView } from './audit.ts';
export { accountsView, addAccount, changeAccount, hasAccounts } from './auth/accounts.ts';
export { DEVICE_DAYS } from './auth/device.ts';
export { createFirstAdmin, type FirstAdmin, newSetupCode, SetupCode } from './auth/first-run.ts';
export {
  type Attempt,
  DEFAULT_RULES,
  type LimiterRules,
  LoginLimiter,
  loginLimiter,
} from './auth/limiter.ts';
export { hashPassword, passwordProblem, verifyPassword } from './auth/password.ts';
export { type Access, allows, ROLE_LABEL, type Role } from './auth/roles.ts';
export {
  type ActiveSession,
  activeSession,
  actorName,
  type SignedIn,
  signIn,
  signOut,
} from './auth/sessions.ts';
export { type BriefingParams, briefing } from './briefing/briefing.ts';
export { plain as sentenceText } from './briefing/sentences.ts';
export { type CompareParams, compare } from './compare.ts';
export { completeness } from './completeness.ts';
export { type Compliance, type ComplianceRow, compliance } from './compliance.ts';
export { resolveCounty } from './county.ts';
export { addFactByPerson, decideFact } from './decisions.ts';
export { ServiceError, type ServiceErrorCode } from './errors.ts';
export { headlineFigures } from './headline.ts';
export { addCounty, assignCounty, changeUnit, mergeUnit, unitChangeView } from './housekeeping.ts';
export { listIndicatorsView, listRegionsView, listUnitsView, listYearsView } from './lists.ts';
export { type OverviewParams, overview } from './overview.ts';
export { competitionRanks } from './rank.ts';
export {
  type Ranking,
  type RankingParams,
  type RankingRow,
  type RankingView,
  ranking,
  rankUnits,
} from './ranking.ts';
export { type ReadModel, type ReadSource, readModel } from './read-model.ts';
export { factView, reportView, unitProfile } from './records.ts';
export type { CountyRef, IndicatorInfo, ReportRef, UnitRef } from './refs.ts';
export { countyReuse, type ReuseFigures, type ReuseSide, reuseBetween } from './reuse.ts';
export { reasonsFor, reviewQueue } from './review.ts';
export {
  assertCovers,
  assertWhole,
  forbiddenRegion,
  regionCovers,
  regionWithin,
  type Scope,
  scopeCounties,
  scopeIn,
  WHOLE,
} from './scope.ts';
export {
  accountScope,
  allowCounty,
  allowFact,
  allowRegion,
  allowReport,
  allowUnit,
  regionNamed,
} from './scope-checks.ts';
export {
  beijingDay,
  changeDeadlines,
  type Deadlines,
  deadlinesView,
  lateness,
  recordSubmission,
  type SubmissionRow,
  type Submissions,
  submissionsView,
} from './submissions.ts';
export { uploadReports } from './uploads.ts';
