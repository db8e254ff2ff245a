/** The kinds of reporting unit: townships and sub-districts, county departments, and the county itself. */
export const UNIT_TYPES = ['town', 'township', 'subdistrict', 'county_dept', 'county'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE_LABEL: Record<UnitType, string> = {
  town: '镇',
  township: '乡',
  subdistrict: '街道',
  county_dept: '县直部门',
  county: '县（区）',
};

/** Which units are compared together: townships and sub-districts apart from county departments, or all. */
export const UNIT_GROUPS = ['towns', 'departments', 'all'] as const;
export type UnitGroup = (typeof UNIT_GROUPS)[number];
/** The two groups units are ranked among (the county itself is in neither). */
export const PEER_GROUPS = ['towns', 'departments'] as const;
export type PeerGroup = (typeof PEER_GROUPS)[number];

/**
 * A group's words where they are shown: `noun` in sentences (3 个乡镇（街道）), `option` on the picker,
 * `title` in an export's title.
 */
export const UNIT_GROUP_LABEL: Record<UnitGroup, { noun: string; option: string; title: string }> = {
  towns: { noun: '乡镇（街道）', option: '乡镇街道', title: '乡镇、街道' },
  departments: { noun: '县直部门', option: '县直部门', title: '县直部门' },
  all: { noun: '单位', option: '全部单位', title: '全部单位' },
};

/** Whether a unit of this type is in the group: the one rule the API, exports and web rank and total by. */
export function inGroup(type: UnitType, group: UnitGroup): boolean {
  if (group === 'all') return true;
  if (group === 'departments') return type === 'county_dept';
  return type !== 'county_dept' && type !== 'county';
}
