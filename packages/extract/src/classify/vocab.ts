/** Measure words by what they count. */
export const TIMES = new Set(['次', '场', '场次', '期', '轮', '轮次', '堂', '节', '批次']);
export const PEOPLE = new Set(['人次', '人', '名', '位']);
export const CASES = new Set(['件', '起', '宗', '例', '个', '项', '件次']);
export const DOCS = new Set(['份', '件', '个', '篇', '项', '部', '次', '起', '件次']);
export const PIECES = new Set(['份', '本', '册', '张', '套', '个', '件']);
export const ITEMS = new Set(['条', '篇', '则']);
export const UNITS = new Set(['个']);
export const RATE = new Set(['%']);

export const TRAINING =
  /培训|讲座|讲课|授课|讲授|读书班|轮训|法治党课|法治课|辅导|讲堂|讲坛|论坛|研讨班|主体班|班次|以案述法|以案促学|进党校|观看[^，,。、]{0,8}(?:视频|专题片|警示片|教育片|影片)|法治教育|讲法|课堂|夜校|课程|教学|专题报告|报告会/g;
export const STUDY = /专题研学|专题学习|集中学习|集体学习|专题学法|集中学法|集体学法|学法活动|学法|学习/g;

/** Publicity: events for the public. */
export const PUBLICITY =
  /普法|宣传|宣讲|巡讲|讲座|(?:法律|法治|宪法|民法典)进|进校园|进社区|进农村|进乡村|进企业|进机关|进家庭|进村|进寺庙|进单位|进网格|进军营|送法|法治文化|院坝会|坝坝会|赶大集|赶集|六进|八进|九进|以案释法|展板|文艺|演出|集市|宣传日|宣传周|宣传月|法治夜校|基层行/g;
export const PUBLIC_CONTEXT =
  /宣传|普法|群众|居民|村民|师生|学生|进(?:校园|社区|农村|乡村|企业|机关)|受教育|法治文化/;
export const AUDIENCE =
  /受教育|受教|受众|受益|覆盖|惠及|参与|参加|吸引|辐射|观看|听众|观众|获宣|讲解|(?:普法|宣传|教育)对象|教育(?:群众|师生|学生|居民|村民|青少年)|人数/g;

/** The last match of a global regex in `s`: its end index, or -1. */
export function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

/** The first match of a global regex in `s`: its start index, or -1. */
export function firstMatchStart(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? m.index : -1;
}
