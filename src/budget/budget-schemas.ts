import * as z from 'zod/mini';
import type { RoundingUnit } from './types';

/**
 * zod/mini schemas of the small parts of the budget functions' input: criteria tables,
 * carve-outs, options, rules. Units and households, which come by the ten thousand, are checked
 * by hand in one pass that also reads their values (`check-units.ts`): zod took longer on 10,000
 * units than the whole allocation's target.
 */

/** Longest id, name or label accepted: keeps every message and loop over caller text bounded. */
export const MAX_TEXT = 200;
/** Most criteria in a table. */
export const MAX_CRITERIA = 100;
/** Most coefficient tables in a criteria table, and per criterion. */
export const MAX_COEFFICIENT_TABLES = 20;
/** Most categories in one coefficient table. */
export const MAX_CATEGORIES = 1_000;
/** Most carve-outs. */
export const MAX_CARVE_OUTS = 50;

export const idSchema: z.ZodMiniType = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
export const messageSchema: z.ZodMiniType = z.strictObject({
  vi: z.string().check(z.minLength(1), z.maxLength(2_000)),
  en: z.string().check(z.minLength(1), z.maxLength(2_000)),
});
export const citationSchema: z.ZodMiniType = z.strictObject({
  kind: z.enum(['law', 'resolution', 'decree', 'decision', 'circular', 'plan', 'specification']),
  number: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  article: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_TEXT))),
  grade: z.enum(['L', 'S', 'N', 'U']),
  note: z.optional(z.string().check(z.maxLength(2_000))),
});
export const dateSchema: z.ZodMiniType = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const criterionSchema = z.strictObject({
  id: idSchema,
  label: messageSchema,
  kind: z.enum(['count', 'quantity', 'rate', 'flag']),
  weight: z.number().check(z.minimum(0)),
  coefficients: z.optional(z.array(idSchema).check(z.maxLength(MAX_COEFFICIENT_TABLES))),
});

/** A coefficient table's `values` are checked key by key by hand: zod skips a `__proto__` key. */
const coefficientTableSchema = z.strictObject({
  id: idSchema,
  label: messageSchema,
  values: z.record(z.string(), z.unknown()),
});

export const criteriaTableSchema: z.ZodMiniType = z.strictObject({
  id: idSchema,
  title: messageSchema,
  basis: z.optional(z.array(citationSchema).check(z.maxLength(50))),
  example: z.optional(z.boolean()),
  criteria: z.array(criterionSchema).check(z.minLength(1), z.maxLength(MAX_CRITERIA)),
  coefficients: z.optional(
    z.array(coefficientTableSchema).check(z.maxLength(MAX_COEFFICIENT_TABLES)),
  ),
});

export const boundSchema: z.ZodMiniType = z.enum(['at-most', 'at-least', 'exactly']);

const carveOutSchema = z.strictObject({
  id: idSchema,
  label: messageSchema,
  percent: z.number().check(z.gt(0), z.lte(100)),
  bound: z.optional(boundSchema),
  basis: z.optional(citationSchema),
});

export const ROUNDING_UNITS: readonly RoundingUnit[] = [
  1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
];

export const roundingUnitSchema: z.ZodMiniType = z.literal(ROUNDING_UNITS);

export const allocateOptionsSchema: z.ZodMiniType = z.strictObject({
  roundingUnit: z.optional(roundingUnitSchema),
  carveOuts: z.optional(z.array(carveOutSchema).check(z.maxLength(MAX_CARVE_OUTS))),
});
