import { type Rule, ruleOfLaw } from './rule.ts';
import { HOLDING } from './rules-training.ts';
import { PEOPLE, PIECES, TIMES, UNITS } from './vocab.ts';

/** 3个村获评省级民主法治示范村: villages named for the title they won */
export const DEMO_TITLE =
  /^[^,，。]{0,6}(?:获评|被评为|被命名为|创建为|评为|获得)[^,，。]{0,8}法治示范(?:村|社区)/;
/** 10个国家级、73个省级、376个市级民主法治示范村: the levels, then the villages */
const DEMO_LEVELS =
  /^(?:(?:国家|省|市|州|县|区)级|全国)?(?:[、和及]\d+个(?:(?:国家|省|市|州|县|区)级|全国))*[、和及]?(?:(?:国家|省|市|州|县|区)级|全国)?(?:民主)?法治示范(?:村|社区)/;

/** Rules for publicity materials, training counts and leadership (decisions and enforcement have their own files). */
export const GOVERNANCE_RULES: Rule[] = [
  // 普法: materials and reach (events are decided with training, see study.ts)
  {
    key: 'pub.materials',
    measures: PIECES,
    cue: /(?:宣传|普法|法律|法治)[^,，。]{0,6}(?:资料|材料|传单|单页|明白单|册|品|页|手册|读本|折页|画册|书籍|海报|挂历|年画)|(?:发放|印发|分发|派发|散发|赠送|发送|送出|制发)[^,，。]{0,16}(?:资料|材料|宣传单|传单|手册|读本|折页|宣传品|画册|明白纸|明白卡|书籍|海报|单页|小册子)|读本|手册|明白纸|明白卡|折页|宣传单|宣传册/g,
    // books bought or shelved for a library are not handed out
    not: /软件资料|购置|购买|采购|订购|配备|配置/,
  },
  // 现场发放《民法典》《退役军人保障法》等法律法规200余册: books handed out, named by their titles
  {
    key: 'pub.materials',
    measures: new Set(['册', '本']),
    cue: /(?:发放|分发|派发|赠送|送出)[^,，。]{0,24}$/g,
  },

  {
    key: 'train.certified_officers',
    measures: PEOPLE,
    cue: /(?:新取得|取得|考取|新申领|申领|新领取|获得|通过)[^,，。]{0,8}(?:行政)?执法(?:证|资格)/g,
    when: (c) => !HOLDING.test(c.clause + c.right),
  },
  {
    key: 'train.certified_officers',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,24}(?:新取得|取得|考取|新申领|申领|领取|获得|通过)[^,，。]{0,8}(?:行政)?执法(?:证|资格)|^[^,，。]{0,24}通过[^,，。]{0,4}(?:行政)?执法[^,，。]{0,8}考试/g,
    when: (c) => !HOLDING.test(c.clause + c.right),
  },
  {
    key: 'train.exam_participants',
    measures: new Set([...PEOPLE]),
    cue: /(?:参加|参与|参考)[^,，。]{0,20}(?:考试|测试|考核|测评|考学|学考|抽考)(?:人数|人员)?(?:共|达|为)?|实考|实际参考|参考人数|参考人员|参考(?:共|达|为)?$/g,
    // 应参加考试对象53人, 未参加考试1人: those who should sit the exam or did not, not those who did
    not: /资格考试|应参加|应参考|应考|未参|没有参|缺考/,
  },
  // 开展学法抽考150余人次, 组织法治理论考试320人: the exam named right before the people who sat it
  {
    key: 'train.exam_participants',
    measures: PEOPLE,
    // 任前考法7批次161人, “三类人员”考法7906人次: 考法 is an exam of law
    cue: /(?:考试|测试|考学|学考|抽考|测评|考法)(?:人数|人员)?(?:共|达|为)?$/g,
    not: /资格考试|应参加|应参考|应考|未参|没有参|缺考|通过|合格|优秀/,
  },
  {
    key: 'train.exam_participants',
    measures: PEOPLE,
    right: true,
    // 1500余名在编干部开展法律知识测试, 60余名干职工参与…学法考法: the people who sat it
    cue: /^[^。;]{0,30}(?:参加|参与|参考|进行|完成|通过|开展)[^。;]{0,24}(?:考试|测试|考核|测评|考学|学考|抽考|普法考(?!核|评)|考法)/g,
    // 组织10名工作人员参加行政执法资格考试: a qualification exam is not a study exam; 1名未参加: did not sit it;
    // 32名处级干部参加廉政考试: an exam on integrity is not one on law
    not: /^[^。;、]{0,40}(?:资格|廉政|党纪|党规)考试|^[^。;，,]{0,8}(?:未|没有)参|^[^。;，,]{0,8}缺考/,
  },

  // 全系统500余名队员分6期系统学习…: the people, then the classes they were split into
  {
    key: 'train.participants',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{1,8}分$/g,
    when: (c) =>
      /^\d+(?:期|批次?|轮|个班次?)[^,，。]{0,24}(?:培训|轮训|学习|学法|讲座)/.test(
        c.sentence.slice(c.rightEnd - c.sentenceStart),
      ),
    not: /律师|法律服务工作者|人民调解员|调解员|法律明白人|网格员|群众|学生|居民|村民/,
  },
  {
    key: 'train.participants',
    measures: PEOPLE,
    right: true,
    cue: /^[^,，。]{0,14}(?:参加|参与|开展|进行|组织)[^,，。]{0,16}(?:培训|轮训|学习|学法|讲座)/g,
    // 选送25名律师…参加培训: lawyers and mediators trained are not the unit's staff
    not: /考试|测试|考核|学考|抽考|^(?:律师|法律服务工作者|人民调解员|调解员|法律明白人|网格员)/,
  },

  // 组织领导与基层创建
  {
    key: 'lead.meetings',
    measures: TIMES,
    cue: /会议|专题会|部署会|推进会|调度会|党委会|常委会|联席会|工作会|座谈会|例会|会$|(?:专题研究|研究部署|研究解决|集体研究)[^,，。]{0,10}(?:法治|依法治|法制)[^,，。]{0,8}$/g,
    // 召开委员会、办公室及各协调小组会议5次 in a paragraph on 依法治区: the rule-of-law committee's own meetings
    when: (c) =>
      ruleOfLaw.test(c.clause) ||
      (/专题/.test(c.phrase) && ruleOfLaw.test(c.sentence)) ||
      (/委员会|协调小组|领导小组/.test(c.phrase) &&
        /依法治|法治建设|法治政府建设/.test(`${c.paragraphBefore}${c.sentence}`)),
    // 集中学习习近平法治思想、法治工作会议精神等9次: the meeting's spirit was studied, no meeting held
    not: /列席|旁听|(?:培训|学习|学法|讲座|宣讲|辅导)会$|(?:学习|传达)[^,，。]*会议精神/,
  },
  {
    key: 'lead.meetings',
    measures: TIMES,
    right: true,
    cue: /^[^,，。]{0,14}(?:会议|专题会|部署会|推进会|党委会|常委会|工作会)/g,
    when: (c) => ruleOfLaw.test(c.right) || (/专题/.test(c.right) && ruleOfLaw.test(c.sentence)),
    not: /列席/,
  },
  { key: 'demo.villages', measures: UNITS, cue: /民主法治示范(?:村|社区)|法治示范(?:村|社区)/g },
  // 创建2个省级民主法治示范村; 10个国家级、73个省级、376个市级民主法治示范村: the level and then the villages
  {
    key: 'demo.villages',
    measures: UNITS,
    right: true,
    cue: new RegExp(`${DEMO_TITLE.source}|${DEMO_LEVELS.source}`, 'g'),
  },
];
