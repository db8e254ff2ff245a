import type { UnitType } from '@fazhi/catalog';

/** Sample units are townships, sub-districts and departments, never the county itself. */
export type SampleUnitType = Exclude<UnitType, 'county'>;

export interface SampleUnit {
  name: string;
  type: SampleUnitType;
  /** a unit renamed in `renamedIn`: reports before that year use `formerName` */
  formerName?: string;
  renamedIn?: number;
  /** relative size: scales its figures */
  scale: number;
}

export const SAMPLE_COUNTY = '示例县';
export const SAMPLE_CITY = '示例市';
export const SAMPLE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

const TOWNS = [
  '东岭镇',
  '西河镇',
  '南山镇',
  '北坡镇',
  '柳园镇',
  '桃花镇',
  '石门镇',
  '青龙镇',
  '白马镇',
  '清水镇',
];
const TOWNSHIPS = ['红旗乡', '杏林乡', '双桥乡', '龙泉乡', '马场乡'];
const SUBDISTRICTS = ['永安街道', '新华街道', '文昌街道', '和平街道'];
const DEPARTMENTS = ['示例县司法局', '示例县人民政府办公室', '示例县自然资源局'];

/** The sample county's 20 townships and sub-districts and 3 departments; 城关镇 became 城关街道 in 2022. */
export function sampleUnits(): SampleUnit[] {
  const scale = (i: number) => 0.6 + ((i * 37) % 10) / 10;
  return [
    { name: '城关街道', type: 'subdistrict', formerName: '城关镇', renamedIn: 2022, scale: 1.8 },
    ...TOWNS.map((name, i) => ({ name, type: 'town' as const, scale: scale(i) })),
    ...TOWNSHIPS.map((name, i) => ({ name, type: 'township' as const, scale: scale(i + 3) * 0.7 })),
    ...SUBDISTRICTS.map((name, i) => ({ name, type: 'subdistrict' as const, scale: scale(i + 5) * 1.2 })),
    ...DEPARTMENTS.map((name, i) => ({ name, type: 'county_dept' as const, scale: scale(i + 7) })),
  ];
}

/** The name a unit used in a year. */
export function nameIn(unit: SampleUnit, year: number): string {
  return unit.formerName && unit.renamedIn && year < unit.renamedIn ? unit.formerName : unit.name;
}
