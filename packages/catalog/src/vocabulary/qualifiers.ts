/** How exact a figure reads: 100次, 100余次, 约100次, 近100次, 不足100次. */
export const QUALIFIERS = ['exact', 'over', 'about', 'near', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A unit-year value's qualifier: its figures' own, or derived when computed from other keys. */
export const VALUE_QUALIFIERS = [...QUALIFIERS, 'derived'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

/** The mark shown in its own column of tables and exports (余/约/近/不足/推算); exact figures have none. */
export const QUALIFIER_MARK: Record<ValueQualifier, string> = {
  exact: '',
  over: '余',
  about: '约',
  near: '近',
  under: '不足',
  derived: '推算',
};
