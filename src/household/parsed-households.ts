import type { Household } from './types';

/**
 * The households `parseHousehold` made. They are frozen when made, so membership here means the
 * record is valid now: the assessor trusts them without a second check, and checks anything else.
 * A WeakSet keeps nothing alive.
 */
const PARSED = new WeakSet<object>();

/** Records a household that `parseHousehold` checked and froze. */
export function markParsed(household: Household): Household {
  PARSED.add(household);
  return household;
}

/** Whether a value is a household that `parseHousehold` made (and so is valid and unchanged). */
export function isParsedHousehold(value: unknown): value is Household {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}
