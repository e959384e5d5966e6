/** The three values of an indicator: a missing fact gives `unknown`, never `not-deprived`. */
export type IndicatorStatus = 'deprived' | 'not-deprived' | 'unknown';

/** What a rule found, before the assessment adds the indicator's id, label and citation. */
export interface RuleFinding {
  readonly status: IndicatorStatus;
  /** A stable reason code (see `reason-messages.ts`). */
  readonly reason: string;
  /** The members who caused a deprivation, or whose facts are missing. */
  readonly members: readonly string[];
  /** Paths of the facts that would decide an `unknown` indicator. */
  readonly missing: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/** A finding with no members and nothing missing. */
export function plainFinding(status: IndicatorStatus, reason: string): RuleFinding {
  return { status, reason, members: NONE, missing: NONE };
}
