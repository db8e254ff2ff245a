import type { Regions } from '@fazhi/contract';

type Place = Pick<Regions['regions'][number], 'id' | 'name' | 'level' | 'parentId'>;
export interface RegionChoice {
  id: number;
  label: string;
}
export interface RegionGroup {
  label: string;
  choices: RegionChoice[];
}

const byName = (a: Place, b: Place) => a.name.localeCompare(b.name, 'zh-Hans-CN');
const WHOLE_OF: Record<Place['level'], string> = { province: '（全省）', city: '（全市）', county: '' };

/** How the accounts table names an account's region; none is the whole installation. */
export const regionLabel = (r: { name: string; level: Place['level'] } | null) =>
  r ? `${r.name}${WHOLE_OF[r.level]}` : '全部地区';

/** Whether `id` is `root` or lies below it (walking up the parents; a loop ends the walk). */
function isWithin(byId: Map<number, Place>, id: number, root: number | null): boolean {
  if (root === null) return true;
  const seen = new Set<number>();
  for (let at: number | null = id; at !== null && !seen.has(at); at = byId.get(at)?.parentId ?? null) {
    if (at === root) return true;
    seen.add(at);
  }
  return false;
}

/**
 * The regions an admin may give an account (their own region and those below it; `within` null: any),
 * grouped as the picker shows them: provinces first, then each city (its 全市 entry when it may be given,
 * then its counties),
 * then the counties of no known city.
 */
export function regionGroups(regions: readonly Place[], within: number | null): RegionGroup[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const mine = regions.filter((r) => isWithin(byId, r.id, within));
  const choice = (r: Place): RegionChoice => ({ id: r.id, label: regionLabel(r) });
  const at = (level: Place['level']) => mine.filter((r) => r.level === level).sort(byName);
  const groups: RegionGroup[] = [];
  const provinces = at('province');
  if (provinces.length > 0) groups.push({ label: '省', choices: provinces.map(choice) });
  // every city named, so a county admin's one county still shows under its city
  const cities = regions.filter((c) => c.level === 'city').sort(byName);
  for (const city of cities) {
    const province = city.parentId === null ? undefined : byId.get(city.parentId);
    const counties = at('county').filter((c) => c.parentId === city.id);
    const choices = [...(mine.includes(city) ? [choice(city)] : []), ...counties.map(choice)];
    if (choices.length > 0)
      groups.push({ label: province ? `${province.name} ${city.name}` : city.name, choices });
  }
  const loose = at('county').filter((c) => !cities.some((city) => city.id === c.parentId));
  if (loose.length > 0) groups.push({ label: '其他县区', choices: loose.map(choice) });
  return groups;
}
