/**
 * What a county's body is called. A department is a county plus a recognised body, by the body's
 * official name: the short forms reports use for the bodies every county has are written out.
 */
const SHORT_FORMS: [RegExp, string][] = [
  [/^人社局$/, '人力资源和社会保障局'],
  [/^市场监管局$/, '市场监督管理局'],
  [/^卫健局$/, '卫生健康局'],
  [/^(?:卫健委|卫生健康委)$/, '卫生健康委员会'],
  [/^(?:发改委|发展改革委|发改委员会|发展改革委员会)$/, '发展和改革委员会'],
  [/^(?:发改局|发展改革局)$/, '发展和改革局'],
  [/^住建局$/, '住房和城乡建设局'],
  [/^应急局$/, '应急管理局'],
  [/^退役军人局$/, '退役军人事务局'],
  [/^医保局$/, '医疗保障局'],
  [/^林草局$/, '林业和草原局'],
];

/** The kinds of body a county has: 局, 委(员会), 办(公室), 中心, 管委会, 社管办, 大队 … */
export const BODY =
  /(?:局|人民政府办公室|政府办公室|办公室|委员会|委|中心|院|所|大队|支队|队|办|管委会|社管办|管理处|处|(?<!网)站|监狱)$/;

/**
 * A body's name as the catalog writes it: 县卫生健康局 after 元谋县 is 卫生健康局 (the county's level
 * word written twice), 人社局 is written out; 天长市市场监督管理局 keeps its 市场.
 */
export function bodyName(county: string, rest: string): string {
  const repeated = rest.startsWith(county.slice(-1)) && !rest.startsWith('市场');
  const body = repeated ? rest.slice(1) : rest;
  for (const [short, full] of SHORT_FORMS) if (short.test(body)) return full;
  return body;
}

/**
 * A city bureau's branch in a county is a department of that county: 岳阳市生态环境局岳阳县分局 →
 * 岳阳县 and 生态环境分局; 某市公安局某区分局 → 某区 and 公安分局.
 */
export function branchOf(rest: string): { county: string; body: string } | null {
  const m = /^([\u4e00-\u9fff]{2,10}?)局([\u4e00-\u9fff]{1,10}?(?:县|区|市|旗))分局$/.exec(rest);
  return m?.[1] && m[2] ? { county: m[2], body: `${m[1]}分局` } : null;
}
