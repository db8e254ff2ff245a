import type { SampleReport } from './generate.ts';

/** A report written again for the next year: every year 20xx年 moved on by one, its figures with it. */
function nextYearOf(r: SampleReport): Pick<SampleReport, 'text' | 'facts'> {
  return {
    text: r.text.replace(/20(1\d|2\d)(?=年)/g, (y) => String(Number(y) + 1)),
    facts: r.facts.map((f) => ({ ...f, year: f.year + 1 })),
  };
}

/** A neighbour's report under another unit's name: the same figures, now the other unit's. */
function renamed(r: SampleReport, name: string): Pick<SampleReport, 'text' | 'facts'> {
  return { text: r.text.split(r.unit).join(name), facts: r.facts };
}

const find = (reports: SampleReport[], unit: string, year: number) =>
  reports.find((r) => r.unit === unit && r.year === year);

/**
 * The copying a county office looks for (照搬照抄): 双桥乡's 2024 report is its 2023 report with the years
 * moved on, 龙泉乡's 2024 report is 马场乡's with the name changed. The rest of each stays as generated
 * (file name, received date, publication).
 */
export function withCopies(reports: SampleReport[]): SampleReport[] {
  const own = find(reports, '双桥乡', 2023);
  const neighbour = find(reports, '马场乡', 2024);
  return reports.map((r) => {
    if (r.year === 2024 && r.unit === '双桥乡' && own) return { ...r, ...nextYearOf(own) };
    if (r.year === 2024 && r.unit === '龙泉乡' && neighbour) return { ...r, ...renamed(neighbour, '龙泉乡') };
    return r;
  });
}
