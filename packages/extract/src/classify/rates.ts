import type { IndicatorKey } from '@fazhi/catalog';
import type { TokenContext } from './context.ts';

export interface RateHit {
  key: IndicatorKey;
  /** lower is preferred when one report gives several rates for one key (调解成功率 over 调解率) */
  rank: number;
}

interface RateLabel {
  label: RegExp;
  pick: (c: TokenContext) => RateHit | null;
}

const EXAM = /考试|测试|考学|学考|抽考|学法|考核|答题|测评|应考|参考|实考/;
const NOT_EXAM = /资格|审核|验收|评查|案卷|文书|办结|满意/;
const hit = (key: IndicatorKey, rank = 0): RateHit => ({ key, rank });

const LABELS: RateLabel[] = [
  {
    label: /(?:调解|化解|调处)成功率|成功调解率/g,
    pick: (c) => (c.topic === 'recon' ? null : hit('dispute.rate', 0)),
  },
  { label: /纠错率/g, pick: () => hit('recon.correction_rate') },
  { label: /败诉率/g, pick: () => hit('litig.lost_rate') },
  { label: /出庭(?:应诉)?率/g, pick: () => hit('litig.head_appearance_rate') },
  // 街道领导及时出庭应诉，应诉率达100%: the appearance rate named short
  {
    label: /(?<!出庭)应诉率/g,
    pick: (c) => (/负责人|领导|出庭/.test(c.sentence) ? hit('litig.head_appearance_rate') : null),
  },
  { label: /持证(?:上岗)?率|持证执法率|持证比例|执法人员持证$/g, pick: () => hit('enforce.certified_rate') },
  {
    label: /调解(?:和解)?率/g,
    pick: (c) =>
      c.topic === 'recon' || /复议/.test(c.clause) ? hit('recon.mediation_rate') : hit('dispute.rate', 1),
  },
  { label: /(?:调处|化解|调结)率/g, pick: (c) => (c.topic === 'recon' ? null : hit('dispute.rate', 1)) },
  // 参学率 and 参训率 are attendance of study and training, not of an exam (unmapped)
  { label: /(?:参考|应考|到考)率/g, pick: () => hit('train.exam_participation_rate') },
  {
    label: /(?:参与|参加)率/g,
    pick: (c) => (EXAM.test(c.sentence) ? hit('train.exam_participation_rate') : null),
  },
  {
    label: /(?:合格|及格|通过)率/g,
    pick: (c) => (EXAM.test(c.sentence) && !NOT_EXAM.test(c.clause) ? hit('train.exam_pass_rate') : null),
  },
];

const BOTH = /均|都|全部|皆/;

/** 执法人员100%持证执法, 负责人100%出庭应诉: the rate stands before the words that name it. */
const RATE_AFTER: [RegExp, IndicatorKey][] = [
  [/^(?:的)?(?:人员)?(?:持证(?:上岗|执法|率)?|持有(?:行政)?执法证)/, 'enforce.certified_rate'],
  [/^(?:的)?(?:负责人)?出庭(?:应诉)?/, 'litig.head_appearance_rate'],
];

/** Whether the last two labels are joined by nothing but 、 和 及 与 (参考率、合格率), and not 分别. */
function sideBySide(phrase: string, found: { at: number }[]): boolean {
  const [a, b] = found.slice(-2);
  if (!a || !b || /分别/.test(phrase.slice(b.at))) return false;
  return /^[、和及与]$/.test(phrase.slice(a.at, b.at).replace(/^[^率]*率/, ''));
}

/**
 * Keys for a percentage. 参考率、合格率均达100% gives both rates; otherwise the label nearest the number.
 * 100%完成普法在线考试 (the number before the words) is a participation rate.
 */
export function rateKeys(c: TokenContext): RateHit[] {
  const found: { at: number; hit: RateHit }[] = [];
  // 参考率、合格率分别为98%、95%: each figure takes the label in its place
  const phrase = c.listItem?.phrase ?? c.phrase;
  for (const l of LABELS) {
    l.label.lastIndex = 0;
    for (let m = l.label.exec(phrase); m !== null; m = l.label.exec(phrase)) {
      const h = l.pick(c);
      if (h && !found.some((f) => f.at === m?.index)) found.push({ at: m.index, hit: h });
    }
  }
  if (found.length === 0) {
    if (/^(?:的)?(?:完成|参加|参与|参考)[^,，。]{0,12}(?:考试|测试|考学)/.test(c.right)) {
      return [hit('train.exam_participation_rate')];
    }
    const after = RATE_AFTER.find(([re]) => re.test(c.right));
    return after ? [hit(after[1])] : [];
  }
  found.sort((a, b) => a.at - b.at);
  const last = found[found.length - 1] as { at: number; hit: RateHit };
  const between = phrase.slice(last.at);
  // a rate label followed by more words than a verb (调解率100%，成功率…) is a list only when 均/都 says so,
  // or when the labels stand side by side (参考率、合格率持续保持100%; 参考率和通过率达到100%)
  if (found.length > 1 && (BOTH.test(between) || sideBySide(phrase, found))) {
    const keys = new Map<IndicatorKey, RateHit>();
    for (const f of found) keys.set(f.hit.key, f.hit);
    return [...keys.values()];
  }
  return [last.hit];
}
