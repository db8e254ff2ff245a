import { INDICATORS } from '@fazhi/catalog';
import type { SqliteStore } from '../client.ts';

export interface BenchShape {
  counties: number;
  unitsPerCounty: number;
  years: number[];
}

/**
 * Fills a store with a synthetic dataset for load tests: every unit has a report for every year and a
 * fact for every catalog key. Bulk inserts in a few transactions; the texts are stubs.
 */
export function fillBenchDataset(store: SqliteStore, shape: BenchShape): { units: number; facts: number } {
  const db = store.sqlite;
  const region = db.prepare("insert into regions (name, level, parent_id) values (?, 'county', null)");
  const unit = db.prepare('insert into units (name, type, county_id, population) values (?, ?, ?, ?)');
  const report = db.prepare(
    "insert into reports (unit_id, year, source_name, format, sha256, text, extractor_version) values (?, ?, ?, 'txt', ?, ?, 'bench')",
  );
  const fact = db.prepare(
    "insert into facts (report_id, unit_id, key, year, value, qualifier, evidence, status) values (?, ?, ?, ?, ?, 'exact', ?, ?)",
  );
  let units = 0;
  let facts = 0;
  let seed = 1;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let c = 0; c < shape.counties; c++) {
    db.transaction(() => {
      const countyId = Number(region.run(`基准${c}县`).lastInsertRowid);
      for (let u = 0; u < shape.unitsPerCounty; u++) {
        const type = u < shape.unitsPerCounty - 3 ? 'town' : 'county_dept';
        const unitId = Number(
          unit.run(`基准${c}县第${u}单位`, type, countyId, 10_000 + Math.floor(next() * 60_000))
            .lastInsertRowid,
        );
        units++;
        for (const year of shape.years) {
          const reportId = Number(
            report.run(unitId, year, `${year}-${unitId}.txt`, `bench-${unitId}-${year}`, '基准数据')
              .lastInsertRowid,
          );
          for (const i of INDICATORS) {
            const value = i.unit === '%' ? Math.round(800 + next() * 200) / 10 : Math.floor(next() * 200);
            fact.run(
              reportId,
              unitId,
              i.key,
              year,
              value,
              `${i.label}${value}`,
              next() < 0.2 ? 'confirmed' : 'auto',
            );
            facts++;
          }
        }
      }
    }).immediate();
  }
  return { units, facts };
}
