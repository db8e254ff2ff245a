import type { GroupKey, Indicator } from './types.ts';
import type { Direction } from './vocabulary/directions.ts';
import { isFocusGroup } from './vocabulary/focus.ts';

const GROUP_LABELS: readonly { key: GroupKey; label: string }[] = [
  { key: 'train', label: '学法培训' },
  { key: 'dispute', label: '矛盾纠纷化解' },
  { key: 'pub', label: '普法宣传' },
  { key: 'svc', label: '公共法律服务' },
  { key: 'recon', label: '行政复议与应诉' },
  { key: 'decision', label: '依法决策与政务公开' },
  { key: 'enforce', label: '行政执法' },
  { key: 'lead', label: '组织领导与基层创建' },
];

export const GROUPS: readonly { key: GroupKey; label: string; focus: boolean }[] = GROUP_LABELS.map((g) => ({
  ...g,
  focus: isFocusGroup(g.key),
}));

const count = (
  key: Indicator['key'],
  label: string,
  unit: string,
  group: GroupKey,
  direction: Direction = 'higher',
): Indicator => ({ key, label, unit, group, direction, combine: 'sum' });

const rate = (
  key: Indicator['key'],
  label: string,
  group: GroupKey,
  base?: Indicator['key'],
  direction: Direction = 'higher',
  prefer?: readonly string[],
): Indicator => ({
  key,
  label,
  unit: '%',
  group,
  direction,
  combine: 'rate',
  ...(base ? { base } : {}),
  ...(prefer ? { prefer } : {}),
});

/**
 * The indicator catalog (spec: ../shared/spec/indicators.md v1.1), the one list the engine, API and web use.
 * Outcomes that mean a unit's own act was found wrong (撤销, 确认违法, 败诉 …) rank lower-is-better.
 * Caseloads and other volumes that come from outside or grow with the work a unit is given (disputes, cases,
 * applications, requests, inspections and penalties, decisions and documents issued) are neither: ranked by
 * size, never called better or worse.
 */
export const INDICATORS: readonly Indicator[] = [
  count('train.leader_study', '领导干部/中心组学法次数', '次', 'train'),
  count('train.sessions', '干部职工与执法人员法治培训次数', '次', 'train'),
  count('train.participants', '培训覆盖人数', '人次', 'train'),
  rate('train.exam_pass_rate', '学法考试合格率', 'train', 'train.exam_participants'),
  count('train.certified_officers', '新取得行政执法证人数', '人', 'train'),
  count('train.exam_participants', '参加学法考试人数', '人', 'train'),
  rate('train.exam_participation_rate', '学法考试参考率', 'train', 'train.exam_participants'),

  count('dispute.cases', '排查调处矛盾纠纷件数', '件', 'dispute', 'neither'),
  count('dispute.resolved', '调解成功件数', '件', 'dispute', 'neither'),
  rate('dispute.rate', '调处率/调解成功率', 'dispute', 'dispute.cases', 'higher', [
    '调解成功率',
    '化解成功率',
    '成功率',
  ]),

  count('pub.events', '普法宣传活动次数', '次', 'pub'),
  count('pub.reach', '受教育群众人次', '人次', 'pub'),
  count('pub.materials', '发放宣传资料份数', '份', 'pub'),

  count('svc.consultations', '法律咨询人次', '人次', 'svc', 'neither'),
  count('svc.legal_aid', '法律援助件数/人次', '件', 'svc', 'neither'),

  count('recon.received', '行政复议受理件数', '件', 'recon', 'neither'),
  count('recon.closed', '行政复议审结件数', '件', 'recon', 'neither'),
  count('recon.upheld', '行政复议维持件数', '件', 'recon', 'neither'),
  count('recon.revoked', '行政复议撤销件数', '件', 'recon', 'lower'),
  count('recon.rejected', '行政复议驳回件数', '件', 'recon', 'neither'),
  count('recon.ordered', '行政复议责令履行件数', '件', 'recon', 'lower'),
  count('recon.confirmed_illegal', '行政复议确认违法件数', '件', 'recon', 'lower'),
  count('recon.changed', '行政复议变更件数', '件', 'recon', 'lower'),
  count('recon.withdrawn', '行政复议撤回/终止件数', '件', 'recon', 'neither'),
  count('recon.applications', '收到行政复议申请件数', '件', 'recon', 'neither'),
  count('recon.mediated', '行政复议调解、和解结案件数', '件', 'recon', 'neither'),
  rate('recon.mediation_rate', '行政复议调解率', 'recon', 'recon.closed'),
  count('recon.direct_corrections', '行政复议直接纠错件数', '件', 'recon', 'lower'),
  {
    key: 'recon.correction_rate',
    label: '行政复议纠错率',
    unit: '%',
    group: 'recon',
    direction: 'lower',
    combine: 'derived',
    base: 'recon.closed',
    // (撤销 + 变更 + 确认违法 + 责令履行) / 审结
    parts: ['recon.revoked', 'recon.changed', 'recon.confirmed_illegal', 'recon.ordered'],
  },
  count('litig.cases', '行政应诉案件数', '件', 'recon', 'neither'),
  count('litig.lost', '行政诉讼败诉件数', '件', 'recon', 'lower'),
  rate('litig.lost_rate', '行政诉讼败诉率', 'recon', 'litig.cases', 'lower'),
  count('litig.closed', '行政应诉已结案件数', '件', 'recon', 'neither'),
  rate('litig.head_appearance_rate', '负责人出庭应诉率', 'recon', 'litig.cases'),
  count('court.judgments_performed', '履行法院生效裁判件数', '件', 'recon', 'neither'),

  count('decision.legal_reviews', '合法性审查/法律顾问审核件数', '件', 'decision'),
  count('decision.major_decisions', '重大行政决策事项数', '件', 'decision', 'neither'),
  count('decision.contract_reviews', '合同审查件数', '件', 'decision'),
  count('decision.legal_opinions', '出具法律意见书份数', '份', 'decision'),
  count('docs.normative', '制定/备案规范性文件件数', '件', 'decision', 'neither'),
  count('open.items', '政府信息公开条数', '条', 'decision'),
  count('open.requests', '依申请公开办理件数', '件', 'decision', 'neither'),

  count('enforce.inspections', '行政执法检查次数', '次', 'enforce', 'neither'),
  count('enforce.penalties', '行政处罚案件数', '件', 'enforce', 'neither'),
  count('enforce.case_reviews', '执法案卷评查次数', '次', 'enforce'),
  count('enforce.certified_holders', '持有行政执法证人数', '人', 'enforce'),
  rate('enforce.certified_rate', '执法人员持证率', 'enforce'),

  count('lead.meetings', '研究部署法治建设会议次数', '次', 'lead'),
  count('demo.villages', '民主法治示范村(社区)数', '个', 'lead'),
];

/** Every indicator of the focus groups: what completeness and review look at first. */
export const FOCUS_KEYS: readonly Indicator['key'][] = INDICATORS.filter((i) => isFocusGroup(i.group)).map(
  (i) => i.key,
);
