/** The three values of an indicator: a missing fact gives `unknown`, never `not-deprived`. */
export type IndicatorStatus = 'deprived' | 'not-deprived' | 'unknown';

/** What a rule found, before the assessment adds the indicator's id, label and citation. */
export interface RuleFinding {
  readonly status: IndicatorStatus;
  /** A stable reason code (see `i18n/indicator-reasons.ts`). */
  readonly reason: string;
  /** The members who caused a deprivation, or whose facts are missing. */
  readonly members: readonly string[];
  /** Paths of the facts that would decide an `unknown` indicator. */
  readonly missing: readonly string[];
}

/** The empty list, shared. */
export const NONE: readonly string[] = Object.freeze([]);

/**
 * A finding with no members and nothing missing, or with a fixed list of missing household-level
 * facts. Rules create these once, at module level, and return the same object every time.
 */
export function plainFinding(
  status: IndicatorStatus,
  reason: string,
  missing: readonly string[] = NONE,
): RuleFinding {
  return Object.freeze({ status, reason, members: NONE, missing });
}

/** Adds `item` to a list made on first use: most households never need the list at all. */
export function append(list: string[] | undefined, item: string): string[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}
