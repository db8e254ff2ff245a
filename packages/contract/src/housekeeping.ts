import { z } from 'zod';
import { Id, query, UnitNameInput, UnitRef } from './primitives.ts';

const Reason = z.string().trim().max(500).optional();
const Count = z.number().int().nonnegative().max(100_000_000).nullable();

export const AssignCountyBody = z.object({
  county: z.string().trim().min(1, '请选择县区'),
  reason: Reason,
});
export const UnitPatch = z
  .object({
    name: UnitNameInput.optional(),
    population: Count.optional(),
    villages: Count.optional(),
    reason: Reason,
  })
  .refine(
    (p) => p.name !== undefined || p.population !== undefined || p.villages !== undefined,
    '没有要修改的内容',
  );
export const MergeBody = z.object({
  /** the unit merged into this one, and removed */
  from: Id,
  reason: Reason,
});
export const UnitChangeResponse = z.object({
  unit: UnitRef.extend({
    county: z.string().nullable(),
    villages: z.number().nullable(),
    aliases: z.array(z.string()),
  }),
});

export const RegionBody = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[\u4e00-\u9fa5]{1,12}(县|区|市|旗)$/, '县区名称应以县、区、市或旗结尾，如 沈丘县'),
  city: z.string().trim().max(20).optional(),
  province: z.string().trim().max(20).optional(),
});
export const RegionResponse = z.object({ id: z.number(), name: z.string(), level: z.literal('county') });

export const AttributeRow = z.object({
  row: z.number(),
  unit: z.string(),
  population: z.number().nullable(),
  villages: z.number().nullable(),
  unitId: z.number().nullable(),
  /** why the row cannot be applied; null when it can */
  problem: z.string().nullable(),
});
export const AttributesImportResponse = z.object({
  /** true when every row was valid and all were written; otherwise nothing was written */
  applied: z.boolean(),
  rows: z.array(AttributeRow),
  message: z.string(),
});
export const AttributesQuery = query({ county: z.string().min(1) });
