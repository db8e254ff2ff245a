export { type BackupResult, backupDatabase } from './backup.ts';
export {
  BUSY_TIMEOUT_MS,
  type Db,
  openStore,
  type SqliteStore,
  type Store,
  sqliteOf,
} from './client.ts';
export { StoreError, type StoreErrorCode } from './errors.ts';
export {
  isStorageFault,
  StorageFault,
  type StorageFaultKind,
  storageFault,
} from './faults.ts';
export {
  countUsers,
  createFirstUser,
  createSession,
  createUser,
  deleteExpiredSessions,
  deleteSession,
  extendSession,
  listUsers,
  sessionWithUser,
  updateUser,
  userById,
  userByName,
} from './queries/accounts.ts';
export { appendAudit, auditOf, type FactSnapshot } from './queries/audit.ts';
export { appendChange, type ChangeFilter, listChanges } from './queries/changes.ts';
export {
  carryDecisions,
  type ExtractedFact,
  factById,
  factsOfReport,
  humanFacts,
  storeExtraction,
} from './queries/facts.ts';
export {
  assignUnitCounty,
  mergeCandidates,
  mergeUnits,
  renameUnit,
  unitsByIds,
  updateUnitAttributes,
} from './queries/housekeeping.ts';
export { syncIndicators } from './queries/indicators.ts';
export { type FailureLog, failureLog } from './queries/limits.ts';
export {
  decisionsOn,
  type QueueFilter,
  type QueueRow,
  reviewCounts,
  unreviewedFacts,
} from './queries/queue.ts';
export {
  aliasesOf,
  allUnits,
  asOf,
  countyStamp,
  dataVersion,
  keysByReport,
  type ReportOverview,
  reportedUnitYears,
  reportsOfCounty,
  reportsOfUnit,
  reportYears,
  unitsOfCounty,
  type ValueFactRow,
  valueFactsOfCounty,
  valueFactsOfUnit,
} from './queries/read.ts';
export {
  countyByName,
  ensureCounty,
  listRegions,
  type Place,
  regionById,
  reportCountsByCounty,
} from './queries/regions.ts';
export {
  currentReport,
  currentReports,
  insertReport,
  type NewReport,
  reportById,
  reportBySha,
  setExtraction,
  supersedeReport,
} from './queries/reports.ts';
export { addFact, confirmFact, correctFact, type Decision, rejectFact } from './queries/review.ts';
export {
  deadlineFor,
  defaultDeadline,
  reportTextsOfCounty,
  type SubmissionChanges,
  type SubmissionRecord,
  setDeadline,
  setSubmission,
  submissionsOf,
} from './queries/submissions.ts';
export { type StoreSummary, storeSummary } from './queries/summary.ts';
export {
  addUnitAlias,
  createUnit,
  findUnit,
  settleDivisionCode,
  setUnitAttributes,
  unitById,
  unitsWithoutCounty,
  unitsWithoutDivision,
} from './queries/units.ts';
export {
  type ExtractedUnread,
  openUnread,
  openUnreadOfReport,
  storeUnread,
  type UnreadFilter,
  type UnreadQueueRow,
} from './queries/unread.ts';
export { openReadOnlyConnection, openStoreForServing, openStoreReadOnly } from './read-only.ts';
export { afterWrites, first, isPg, rows, writeTx, written } from './run.ts';
export * from './schema/index.ts';
