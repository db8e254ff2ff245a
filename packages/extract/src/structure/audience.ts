import type { IndicatorKey } from '@fazhi/catalog';
import { groupIn } from '../classify/actors.ts';
import type { Draft, Item } from './draft.ts';

const PEOPLE = /^(?:人次|人|名|位)$/;
/** Words that make a people count the reach of something: 覆盖, 参与, 惠及, 受众 … */
const REACH = /覆盖|参与|参加|参训|受训|参学|受众|受益|惠及|受教育?|吸引|辐射|听众|观众|培训/;
/** Nothing but a list mark and a total word before a people count: 、4000余人次, 共800人次 */
const BARE_FOLLOWER = /^[、,，]?(?:共|累计|合计|共计|计|约|达|近)?$/;
const EVENTS = /^(?:次|场|场次|期|轮|轮次|堂|批次)$/;
const EXAM = /考试|测试|考核|测评|考学|学考|抽考/;
const TAKES_PART = /参与|参加|参考|参训/;
/** Keys a reach count may be re-read into; any other reading (咨询, 持证) stands. */
const REACH_KEYS = new Set<IndicatorKey>(['train.participants', 'pub.reach', 'train.exam_participants']);
const REACH_OF: Partial<Record<IndicatorKey, IndicatorKey>> = {
  'pub.events': 'pub.reach',
  'train.sessions': 'train.participants',
  'train.leader_study': 'train.participants',
};

/** Talks that may be held for staff or for the public: who listened tells which. */
const LECTURE = /讲座|宣讲|授课|讲课|报告会/;
/** An unnamed audience of ten thousand or more (受众4万余人) is the public, not a unit's cadres. */
const CROWD = 10_000;
const isCrowd = (item: Item, phrase: string) =>
  item.ctx.token.value >= CROWD && /受众|听众|观众|覆盖|惠及|受教育?/.test(phrase);

const own = (item: Item) => item.drafts.find((d) => d.ctx === item.ctx);

/** The figure just before, in the same sentence and at most one clause away. */
function activityBefore(items: Item[], i: number, clean: string): Item | null {
  const item = items[i] as Item;
  for (let j = i - 1; j >= 0; j--) {
    const prev = items[j] as Item;
    if (prev.ctx.sentenceStart !== item.ctx.sentenceStart) return null;
    if (/^[年月日号]$/.test(prev.ctx.token.measure)) continue;
    const gap = clean.slice(prev.ctx.token.end, item.ctx.token.start);
    return (gap.match(/[，,]/g)?.length ?? 0) <= 1 ? prev : null;
  }
  return null;
}

/**
 * A 受众/覆盖 figure belongs to the activity it follows: 开展宣讲活动35场，累计参与学习5000人次 is the reach of
 * public events; 研讨活动5场，覆盖民警300余人次 the participants of training; 开展法治能力测试2次，参与干部
 * 200余人次 the participants of an exam. A group the count names itself must agree with the activity.
 */
export function reachFollowsActivity(items: Item[], clean: string, year: number | null): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as Item;
    const phrase = item.ctx.listItem?.phrase ?? item.ctx.phrase;
    // “百名法学家百场报告会”: a number inside a name counts nothing
    if (item.ctx.token.masked) continue;
    if (!PEOPLE.test(item.ctx.token.measure)) continue;
    // 开展法治培训12场次、800余人次: a bare people count right after an event count is who took part
    // (104名在编人员参加学法考试 names its own people and what they did)
    const bare =
      BARE_FOLLOWER.test(phrase) &&
      item.ctx.right.trim() === '' &&
      EVENTS.test(items[i - 1]?.ctx.token.measure ?? '');
    if (!REACH.test(phrase) && !bare) continue;
    const current = own(item);
    if (current && !REACH_KEYS.has(current.key)) continue;
    // 开展培训学习4次，组织干部参加法治理论考试18人: the count's own words name its exam
    if (current?.key === 'train.exam_participants' && EXAM.test(phrase)) continue;
    const prev = activityBefore(items, i, clean);
    if (!prev) continue;
    const prevWords = `${prev.ctx.phrase}${prev.ctx.right}`;
    let key: IndicatorKey | undefined;
    if (EXAM.test(prevWords) && !EXAM.test(phrase) && TAKES_PART.test(phrase) && !own(prev)) {
      key = 'train.exam_participants';
    } else {
      const activity = own(prev)?.key;
      key = activity ? REACH_OF[activity] : undefined;
      const group = groupIn(phrase);
      if (
        (group === 'public' && key !== 'pub.reach') ||
        (group && group !== 'public' && key === 'pub.reach')
      ) {
        continue;
      }
    }
    const activity = own(prev);
    // 开展法治讲座36场，受众4万余人: no unit's staff numbers tens of thousands; those talks were public
    const publicTalks =
      key === 'train.participants' &&
      activity !== undefined &&
      isCrowd(item, phrase) &&
      LECTURE.test(`${prev.ctx.phrase}${prev.ctx.right}`) &&
      groupIn(phrase) === null;
    if (publicTalks && activity) {
      activity.key = 'pub.events';
      key = 'pub.reach';
    }
    if (!key || key === current?.key) continue;
    if (current) current.key = key;
    else item.drafts.push(draftFor(item, key, own(prev)?.year ?? year));
  }
}

function draftFor(item: Item, key: IndicatorKey, year: number | null): Draft {
  const { ctx } = item;
  return {
    key,
    value: ctx.token.value,
    qualifier: ctx.token.qualifier,
    year,
    derived: false,
    role: null,
    rank: 0,
    spanStart: ctx.listItem?.start ?? ctx.phraseStart,
    spanEnd: ctx.token.end,
    ctx,
  };
}
