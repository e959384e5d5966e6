import type { IndicatorRule } from '../standards/types';

/**
 * A working copy of a rule for one assessor. Published standards are deeply frozen, and the engine
 * searches and iterates frozen arrays about three times slower than ordinary ones (measured in
 * bench/), which matters over millions of households; the copy is never exposed, so the
 * standards stay immutable.
 */
export function prepareRule(rule: IndicatorRule): IndicatorRule {
  return plainCopy(rule) as IndicatorRule;
}

/**
 * A deep copy of plain JSON data (rules are, by contract: defineStandard validates them) into
 * ordinary arrays and objects. The strings themselves are kept, not re-read as JSON would: the
 * standard's own string literals compare with the values a parsed household holds (the same
 * literals) by identity, where a string read from JSON is compared character by character.
 */
function plainCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainCopy);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = plainCopy(field);
  return copy;
}
