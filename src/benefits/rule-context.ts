import type { Household } from '../household/types';
import type { Timeline } from '../status/timeline';

/** Three-valued, as the parts of a benefit rule's answer. */
export type Tri = 'yes' | 'no' | 'unknown';

/** A part of a rule's answer, with the facts that would decide it when unknown. */
export interface Part {
  readonly status: Tri;
  readonly missing: readonly string[];
}

/** What every benefit rule reads on the date asked. */
export interface RuleContext {
  readonly on: string;
  readonly timeline: Timeline;
  readonly statusBits: number;
  readonly statusMissing: readonly string[];
  readonly household: Household | undefined;
  readonly price: number | undefined;
}

/** A decimal string written the Vietnamese way, with a decimal comma (`6,24`). */
export const vi = (decimal: string): string => decimal.replace('.', ',');
