import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const qualifier = z.enum(['exact', 'over', 'about', 'near', 'under', 'derived']);

const goldFact = z.object({
  key: z.string(),
  value: z.number(),
  qualifier,
  evidence: z.string(),
  year: z.number().optional(),
  derived: z.boolean().optional(),
  role: z.enum(['total', 'part']).optional(),
});

const goldEntry = z.object({
  file: z.string(),
  unit: z.string(),
  unit_type: z.string(),
  county: z.string().nullable(),
  city: z.string().nullable().optional(),
  province: z.string().nullable().optional(),
  year: z.number(),
  report_date: z.string().nullable().optional(),
  facts: z.array(goldFact),
  derived: z.array(goldFact).optional(),
  expected: z.record(z.string(), z.object({ value: z.number(), qualifier })).optional(),
  unmapped: z.array(z.object({ value: z.number(), evidence: z.string() }).passthrough()).optional(),
  not_facts: z.array(z.string()).optional(),
});

export type GoldFact = z.infer<typeof goldFact>;
export type GoldEntry = z.infer<typeof goldEntry>;

export interface GoldSet {
  name: string;
  entries: { gold: GoldEntry; text: string }[];
}

function load(name: string, goldFile: string, reportsDir: string): GoldSet {
  const raw: unknown = JSON.parse(readFileSync(goldFile, 'utf8'));
  const parsed = z.array(goldEntry).safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${goldFile}: 标准答案格式不符: ${parsed.error.issues[0]?.message ?? ''}`);
  }
  return {
    name,
    entries: parsed.data.map((gold) => ({
      gold,
      text: readFileSync(path.join(reportsDir, gold.file), 'utf8'),
    })),
  };
}

/** The two evaluation sets under ../shared/fixtures: the five seed reports and the real excerpts. */
export function loadGoldSets(fixturesDir: string): GoldSet[] {
  return [
    load('seeds', path.join(fixturesDir, 'seeds-gold.json'), path.join(fixturesDir, '..', 'seeds')),
    load('real', path.join(fixturesDir, 'real', 'gold.json'), path.join(fixturesDir, 'real', 'reports')),
  ];
}
