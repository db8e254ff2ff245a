import type { Direction } from './vocabulary/directions.ts';

export const INDICATOR_KEYS = [
  'train.leader_study',
  'train.sessions',
  'train.participants',
  'train.exam_pass_rate',
  'train.certified_officers',
  'train.exam_participants',
  'train.exam_participation_rate',
  'dispute.cases',
  'dispute.resolved',
  'dispute.rate',
  'pub.events',
  'pub.reach',
  'pub.materials',
  'svc.consultations',
  'svc.legal_aid',
  'recon.received',
  'recon.closed',
  'recon.upheld',
  'recon.revoked',
  'recon.rejected',
  'recon.ordered',
  'recon.confirmed_illegal',
  'recon.changed',
  'recon.withdrawn',
  'recon.applications',
  'recon.mediated',
  'recon.mediation_rate',
  'recon.direct_corrections',
  'recon.correction_rate',
  'litig.cases',
  'litig.lost',
  'litig.lost_rate',
  'litig.closed',
  'litig.head_appearance_rate',
  'court.judgments_performed',
  'decision.legal_reviews',
  'decision.major_decisions',
  'decision.contract_reviews',
  'decision.legal_opinions',
  'docs.normative',
  'open.items',
  'open.requests',
  'enforce.inspections',
  'enforce.penalties',
  'enforce.case_reviews',
  'enforce.certified_holders',
  'enforce.certified_rate',
  'lead.meetings',
  'demo.villages',
] as const;

export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export type GroupKey = 'train' | 'dispute' | 'pub' | 'svc' | 'recon' | 'decision' | 'enforce' | 'lead';

/** How a report's mentions of one key become its unit-year value. */
export type Combine =
  /** distinct mentions summed; a stated total wins over its parts */
  | 'sum'
  /** a percentage: never summed; `prefer` names the wording that wins when a report gives several */
  | 'rate'
  /** a rate that is stated, or else computed from other keys */
  | 'derived';

export interface Indicator {
  key: IndicatorKey;
  /** Chinese label shown to users */
  label: string;
  /** unit of measure as shown to users: 次, 人次, 件, 份, 条, 人, 个 or % */
  unit: string;
  group: GroupKey;
  /** which way is better; `neither` for a caseload, whose size says nothing of how well a unit did */
  direction: Direction;
  combine: Combine;
  /** for rates: wordings in order of preference (first wins) */
  prefer?: readonly string[];
  /** for rates: the count the rate is taken of; a rate on a small base is shown but not ranked */
  base?: IndicatorKey;
  /** for a derived rate a report does not state: the counts whose sum, over `base`, it is (in %) */
  parts?: readonly IndicatorKey[];
}
