import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VALUE_QUALIFIERS } from '@fazhi/catalog';
import { z } from 'zod';

const qualifier = z.enum(VALUE_QUALIFIERS);

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
  unit: z.string().nullable(),
  unit_type: z.string().nullable(),
  county: z.string().nullable(),
  city: z.string().nullable().optional(),
  province: z.string().nullable().optional(),
  year: z.number(),
  report_date: z.string().nullable().optional(),
  facts: z.array(goldFact),
  derived: z.array(goldFact).optional(),
  expected: z.record(z.string(), z.object({ value: z.number(), qualifier })).optional(),
  unmapped: z.array(z.object({ value: z.number(), evidence: z.string() }).passthrough()).optional(),
  // the fixtures list phrases (maybe with a reason in brackets after them); the corpus lists {value, evidence, why}
  not_facts: z
    .array(
      z.union([
        z.string().transform((s) => ({ phrase: s.replace(/\s*\(.*\)$/, '') || s, value: null })),
        z
          .object({ evidence: z.string(), value: z.number().optional() })
          .passthrough()
          .transform((n) => ({ phrase: n.evidence, value: n.value ?? null })),
      ]),
    )
    .optional(),
  url: z.string().optional(),
  /** A sealed text that was read: it scores with train from then on (corpus README). */
  moved_to_train: z.boolean().optional(),
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
    load('fixtures', path.join(fixturesDir, 'real', 'gold.json'), path.join(fixturesDir, 'real', 'reports')),
  ];
}

/**
 * Whether a corpus excerpt is in the sealed part: decided once, by a hash of its page address, so no
 * choice of ours moves a file between the parts (about 30 % sealed).
 */
export const isSealed = (url: string): boolean =>
  Number.parseInt(createHash('sha256').update(url).digest('hex').slice(0, 8), 16) / 2 ** 32 < 0.3;

function loadDir(dir: string): GoldSet['entries'] {
  const goldDir = path.join(dir, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(goldDir, name);
      const parsed = goldEntry.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success)
        throw new Error(`${file}: 标准答案格式不符: ${parsed.error.issues[0]?.message ?? ''}`);
      const gold = parsed.data;
      if (!gold.url) throw new Error(`${file}: 缺少网页地址 url`);
      return { gold, text: readFileSync(path.join(dir, 'texts', gold.file), 'utf8') };
    });
}

/** The real corpus (packages/extract/corpus): gold/<id>.json beside texts/<id>.txt, split into train and sealed. */
export function loadCorpus(dir: string): { train: GoldSet; sealed: GoldSet } {
  const entries = loadDir(dir);
  const sealedEntry = (e: (typeof entries)[number]) => isSealed(e.gold.url ?? '') && !e.gold.moved_to_train;
  return {
    train: { name: 'train', entries: entries.filter((e) => !sealedEntry(e)) },
    sealed: { name: 'sealed', entries: entries.filter(sealedEntry) },
  };
}

/**
 * The development set (corpus/dev): whole excerpts of pages outside the corpus (city bodies among them), read
 * to check rules on the natural mix of a report's sentences; not split, not part of the corpus's counts.
 */
export function loadDevSet(dir: string): GoldSet {
  return { name: 'dev', entries: loadDir(path.join(dir, 'dev')) };
}
