import type { IndicatorKey, Qualifier } from '@fazhi/catalog';
import { type Written, writeCount, writeRate } from './numerals.ts';
import type { Random } from './random.ts';

/** A figure the generated text states, by the catalog's reading. */
export interface TruthFact {
  key: IndicatorKey;
  value: number;
  qualifier: Qualifier;
  year: number;
}

export interface SectionContext {
  r: Random;
  year: number;
  /** what the unit calls itself: 全镇, 全乡, 街道, 我局 */
  self: string;
  /** this year's underlying figures for the unit */
  base: (key: IndicatorKey) => number;
  /** last year's, when the unit reported last year */
  previous: ((key: IndicatorKey) => number) | null;
}

export interface Section {
  text: string;
  facts: TruthFact[];
}

type Builder = (c: SectionContext) => Section;

function fact(c: SectionContext, key: IndicatorKey, w: Written): TruthFact {
  return { key, value: w.value, qualifier: w.qualifier, year: c.year };
}

const count = (c: SectionContext, key: IndicatorKey) => writeCount(c.base(key), c.r);

export const training: Builder = (c) => {
  const lead = count(c, 'train.leader_study');
  const sessions = count(c, 'train.sessions');
  const people = count(c, 'train.participants');
  const lines = [
    c.r.pick([
      `党委理论学习中心组开展法治专题学习${lead.text}次`,
      `领导班子集体学法${lead.text}次`,
      `落实“第一议题”制度，全年开展专题学习${lead.text}次`,
    ]),
    c.r.pick([
      `组织干部职工法治培训${sessions.text}期，参训${people.text}人次`,
      `举办${sessions.text}次全体干部学法活动，覆盖干部${people.text}人次`,
      `开展执法人员专题培训${sessions.text}场，累计参训${people.text}人次`,
    ]),
  ];
  const facts = [
    fact(c, 'train.leader_study', lead),
    fact(c, 'train.sessions', sessions),
    fact(c, 'train.participants', people),
  ];
  if (c.r.chance(0.6)) {
    const takers = writeCount(c.base('train.exam_participants'), c.r);
    const pass = writeRate(c.r.chance(0.5) ? 100 : 95 + c.r.next() * 5);
    lines.push(`组织${takers.text}名干部参加年度学法考试，合格率${pass.text}`);
    facts.push(fact(c, 'train.exam_participants', takers), fact(c, 'train.exam_pass_rate', pass));
  }
  return { text: `坚持学法用法。${lines.join('；')}。`, facts };
};

export const disputes: Builder = (c) => {
  const cases = c.base('dispute.cases');
  const resolved = Math.max(0, cases - c.r.int(0, Math.ceil(cases * 0.08)));
  const rate = writeRate(cases === 0 ? 100 : (resolved / cases) * 100);
  const total = writeCount(cases, c.r);
  if (total.qualifier !== 'exact') {
    return {
      text: `深化矛盾纠纷排查化解，全年化解各类矛盾纠纷${total.text}起。`,
      facts: [fact(c, 'dispute.cases', total)],
    };
  }
  const last = c.previous?.('dispute.cases') ?? null;
  const compare =
    last !== null && last !== cases && c.r.chance(0.4)
      ? `（较上年${cases > last ? '增加' : '减少'}${Math.abs(cases - last)}件）`
      : '';
  const text = c.r.pick([
    `全年排查调处矛盾纠纷${cases}件${compare}，调解成功${resolved}件，调解成功率${rate.text}。`,
    `${c.self}各调委会共受理矛盾纠纷${cases}起${compare.replace('件', '起')}，成功化解${resolved}起，化解率${rate.text}。`,
  ]);
  const previousYear: TruthFact[] =
    compare && last !== null
      ? [{ key: 'dispute.cases', value: last, qualifier: 'exact', year: c.year - 1 }]
      : [];
  return {
    text,
    facts: [
      { key: 'dispute.cases', value: cases, qualifier: 'exact', year: c.year },
      { key: 'dispute.resolved', value: resolved, qualifier: 'exact', year: c.year },
      fact(c, 'dispute.rate', rate),
      ...previousYear,
    ],
  };
};

export const publicity: Builder = (c) => {
  const events = c.base('pub.events');
  const materials = count(c, 'pub.materials');
  const reach = count(c, 'pub.reach');
  const facts: TruthFact[] = [];
  let first: string;
  if (events >= 6 && c.r.chance(0.4)) {
    const a = Math.floor(events / 2);
    const b = events - a;
    first = `开展普法宣传活动共${events}次，其中集中宣传${a}次，法律进校园${b}次`;
    facts.push({ key: 'pub.events', value: events, qualifier: 'exact', year: c.year });
    facts.push({ key: 'pub.events', value: a, qualifier: 'exact', year: c.year });
    facts.push({ key: 'pub.events', value: b, qualifier: 'exact', year: c.year });
  } else {
    const w = writeCount(events, c.r);
    first = c.r.pick([`开展“八五”普法宣传活动${w.text}场`, `组织送法下乡活动${w.text}次`]);
    facts.push(fact(c, 'pub.events', w));
  }
  facts.push(fact(c, 'pub.materials', materials), fact(c, 'pub.reach', reach));
  return {
    text: `强化普法宣传。${first}，发放宣传资料${materials.text}份，受教育群众${reach.text}人次。`,
    facts,
  };
};

export const services: Builder = (c) => {
  const consult = count(c, 'svc.consultations');
  const aid = writeCount(c.base('svc.legal_aid'), c.r);
  const text = c.r.pick([
    `优化公共法律服务，全年提供法律咨询${consult.text}人次，办理法律援助案件${aid.text}件。`,
    `依托公共法律服务工作站，解答群众法律咨询${consult.text}人次，受理法律援助案件${aid.text}件。`,
    `村（社区）法律顾问接受群众法律咨询${consult.text}人次，${c.self === '我局' ? '我局' : '司法所'}提供法律援助${aid.text}件。`,
  ]);
  return { text, facts: [fact(c, 'svc.consultations', consult), fact(c, 'svc.legal_aid', aid)] };
};

export const decisions: Builder = (c) => {
  const reviews = count(c, 'decision.legal_reviews');
  const contracts = count(c, 'decision.contract_reviews');
  const open = count(c, 'open.items');
  const text = c.r.pick([
    `推进依法决策，对重大事项开展合法性审查${reviews.text}件，审查合同${contracts.text}份；主动公开政府信息${open.text}条。`,
    `严格落实重大决策合法性审查制度，全年合法性审核${reviews.text}件，法律顾问审查合同协议${contracts.text}份。通过政府网站公开各类信息${open.text}条。`,
  ]);
  return {
    text,
    facts: [
      fact(c, 'decision.legal_reviews', reviews),
      fact(c, 'decision.contract_reviews', contracts),
      fact(c, 'open.items', open),
    ],
  };
};

export const enforcement: Builder = (c) => {
  const inspections = count(c, 'enforce.inspections');
  const penalties = count(c, 'enforce.penalties');
  const text = c.r.pick([
    `规范行政执法，开展行政执法检查${inspections.text}次，作出行政处罚${penalties.text}件。`,
    `严格规范公正文明执法，全年开展执法检查${inspections.text}次，依法查处违法行为${penalties.text}起。`,
  ]);
  return {
    text,
    facts: [fact(c, 'enforce.inspections', inspections), fact(c, 'enforce.penalties', penalties)],
  };
};

export const meetings: Builder = (c) => {
  const n = writeCount(c.base('lead.meetings'), c.r);
  return {
    text: c.r.pick([`全年召开法治建设专题会议${n.text}次。`, `党委会专题研究法治建设工作${n.text}次。`]),
    facts: [fact(c, 'lead.meetings', n)],
  };
};
