import * as z from 'zod/mini';

/**
 * A legal citation (`LegalCitation`) as callers may give it in their own rules, checked like
 * input. Typed loosely: callers cast the checked data to their own types.
 */
export const citationSchema: z.ZodMiniType = z.strictObject({
  kind: z.enum(['law', 'resolution', 'decree', 'decision', 'circular', 'plan', 'specification']),
  number: z.string().check(z.minLength(1)),
  article: z.optional(z.string().check(z.minLength(1))),
  grade: z.enum(['L', 'S', 'N', 'U']),
  note: z.optional(z.string()),
});
