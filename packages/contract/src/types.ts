import type { z } from 'zod';
import type { SessionResponse, UsersResponse, UserView } from './accounts.ts';
import type {
  BriefingChart,
  BriefingEntry,
  BriefingLeaders,
  BriefingResponse,
  Sentence,
  SentencePart,
} from './briefing.ts';
import type { AttributesImportResponse, UnitChangeResponse } from './housekeeping.ts';
import type { Headline, OverviewResponse } from './overview.ts';
import type { ErrorBody, UnitChain } from './primitives.ts';
import type {
  Cell,
  CompareResponse,
  IndicatorInfo,
  IndicatorsResponse,
  RankingResponse,
  RankingRow,
  RegionsResponse,
  UnitsResponse,
  YearsResponse,
} from './read.ts';
import type {
  CompletenessResponse,
  FactBody,
  FactResponse,
  Flag,
  ReportResponse,
  ReportSummary,
  UnitProfileResponse,
  UnreadBody,
  UploadOutcome,
  UploadResponse,
} from './records.ts';
import type {
  AuditListResponse,
  ReviewItem as ReviewItemSchema,
  ReviewResponse,
  UnreadItem as UnreadItemSchema,
} from './review.ts';
import type { ComplianceResponse, ReuseResponse } from './submissions.ts';

// The answers' types, for clients (the web app imports these only as types, so no zod is shipped).
export type ApiError = z.infer<typeof ErrorBody>;
export type Regions = z.infer<typeof RegionsResponse>;
export type Units = z.infer<typeof UnitsResponse>;
export type Indicators = z.infer<typeof IndicatorsResponse>;
export type Indicator = z.infer<typeof IndicatorInfo>;
export type Years = z.infer<typeof YearsResponse>;
export type Overview = z.infer<typeof OverviewResponse>;
export type HeadlineFigure = z.infer<typeof Headline>;
export type Comparison = z.infer<typeof CompareResponse>;
export type CompareCell = z.infer<typeof Cell>;
export type Ranking = z.infer<typeof RankingResponse>;
export type RankingEntry = z.infer<typeof RankingRow>;
export type UnitProfile = z.infer<typeof UnitProfileResponse>;
export type ReportDetail = z.infer<typeof ReportResponse>;
export type ReportInfo = z.infer<typeof ReportSummary>;
export type Fact = z.infer<typeof FactBody>;
export type FactDetail = z.infer<typeof FactResponse>;
export type ReportFlag = z.infer<typeof Flag>;
export type Completeness = z.infer<typeof CompletenessResponse>;
export type UploadResult = z.infer<typeof UploadOutcome>;
export type Upload = z.infer<typeof UploadResponse>;
export type SessionInfo = z.infer<typeof SessionResponse>;
export type Account = z.infer<typeof UserView>;
export type Accounts = z.infer<typeof UsersResponse>;
export type UnitChange = z.infer<typeof UnitChangeResponse>;
export type AttributesImport = z.infer<typeof AttributesImportResponse>;
export type AuditList = z.infer<typeof AuditListResponse>;
export type ReviewQueue = z.infer<typeof ReviewResponse>;
export type ReviewEntry = z.infer<typeof ReviewItemSchema>;
export type Unread = z.infer<typeof UnreadBody>;
export type UnreadEntry = z.infer<typeof UnreadItemSchema>;
export type Briefing = z.infer<typeof BriefingResponse>;
export type BriefingSentence = z.infer<typeof Sentence>;
export type BriefingSentencePart = z.infer<typeof SentencePart>;
export type BriefingRankEntry = z.infer<typeof BriefingEntry>;
export type BriefingLeaderTable = z.infer<typeof BriefingLeaders>;
export type BriefingChartData = z.infer<typeof BriefingChart>;
/** a unit's place 省·市·县·乡镇 (null where no division code is stored) */
export type Chain = z.infer<typeof UnitChain>;
export type Compliance = z.infer<typeof ComplianceResponse>;
export type ComplianceEntry = Compliance['rows'][number];
export type ReuseComparison = z.infer<typeof ReuseResponse>;
export type ReuseSide = ReuseComparison['report'];
