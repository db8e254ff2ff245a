import type { Draft, Item } from './draft.ts';

const PEOPLE = new Set(['人', '名', '位']);
/** ，均持有行政执法证 / ，全员顺利通过资格考试: the clause after a count of officers says they all hold one. */
const ALL_HOLD =
  /^[,，](?:执法人员)?(?:现|目前)?(?:均|全部|全员|都|皆)(?:已)?(?:顺利)?(?:持有|取得|通过|具备|具有|持证)[^,，。;；]{0,10}?(?:执法证件?|执法资格|资格考试|上岗|执法)/;
const OFFICERS = /执法人员|执法队员|执法岗位|干部|人员|队员/;
const NEWLY = /新取得|新增|新考取|新申领|新领取|新录用|新招录|新入职/;

/**
 * 全镇现有执法人员12名，均持有行政执法证: the officers counted are the holders, also when the count reads as
 * something else (对现有6名执法人员开展培训，全员顺利通过资格考试 is a training audience and the holders).
 */
export function holdersInNextClause(items: Item[], clean: string, year: number | null): void {
  for (const item of items) {
    const c = item.ctx;
    if (c.token.masked || !PEOPLE.has(c.token.measure)) continue;
    const next = ALL_HOLD.exec(clean.slice(c.rightEnd, c.rightEnd + 24));
    if (!next || !OFFICERS.test(c.phrase + c.right)) continue;
    // 新增加行政执法人员4名，均通过执法证考试持证上岗: officers new this year who all passed are newly certified
    const key = NEWLY.test(c.clause + c.right) ? 'train.certified_officers' : 'enforce.certified_holders';
    if (item.drafts.some((d) => d.key === key)) continue;
    const own = item.drafts.find((d) => d.ctx === c);
    if (
      own &&
      own.key !== key &&
      key === 'enforce.certified_holders' &&
      own.key === 'train.certified_officers'
    )
      item.drafts.splice(item.drafts.indexOf(own), 1);
    const holders: Draft = {
      key,
      value: c.token.value,
      qualifier: c.token.qualifier,
      year: own?.year ?? year,
      derived: false,
      role: null,
      rank: 0,
      spanStart: c.phraseStart,
      spanEnd: c.rightEnd + next[0].length,
      ctx: c,
    };
    item.drafts.push(holders);
  }
}
