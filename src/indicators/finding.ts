import type { IndicatorReasonCode } from './reason-codes';

/** The three values of an indicator: a missing fact gives `unknown`, never `not-deprived`. */
export type IndicatorStatus = 'deprived' | 'not-deprived' | 'unknown';

/** A figure or fact that a rule compared: a number, a value of the contract, or a list of them. */
export type EvidenceValue = number | string | boolean | readonly string[];

/** The figures a rule compared, by name (`floorAreaM2`, `minimumM2PerMember`…). */
export type EvidenceValues = Readonly<Record<string, EvidenceValue>>;

/** One member that decided an indicator: who, how old, and the facts of theirs the rule read. */
export interface MemberEvidence {
  /** The member's id. */
  readonly memberId: string;
  /** The member's position in the household's `members`, as in the paths of `missing`. */
  readonly memberIndex: number;
  /** Age in completed years on the reference date. */
  readonly ageYears: number;
  /** The member's facts that the rule read, by field name (`work`, `healthInsurance`…). */
  readonly values: EvidenceValues;
}

/**
 * What a rule found, before the assessment adds the indicator's id, label and citation. Every
 * object and list in a finding is made for this call alone (a rule never returns shared data), so
 * the assessment hands them to the result as they are, and no result shares a part with another.
 */
export interface RuleFinding {
  readonly status: IndicatorStatus;
  /** A stable reason code (messages in `i18n/indicator-reasons.ts`). */
  readonly reason: IndicatorReasonCode;
  /** The members who caused a deprivation, or whose facts are missing. */
  readonly members: readonly string[];
  /** Paths of the facts that would decide an `unknown` indicator. */
  readonly missing: readonly string[];
  /** The household-level figures compared, and the rule's cut-offs. */
  readonly values: EvidenceValues;
  /** For each member in `members`: their age and the facts read. */
  readonly memberValues: readonly MemberEvidence[];
}

/**
 * A finding about the household as a whole: no member named; `values` (made by the caller for
 * this call) and the missing household-level fact, if any.
 */
export function plainFinding(
  status: IndicatorStatus,
  reason: IndicatorReasonCode,
  values: EvidenceValues,
  missing?: string,
): RuleFinding {
  return {
    status,
    reason,
    members: [],
    missing: missing === undefined ? [] : [missing],
    values,
    memberValues: [],
  };
}

/** Adds `item` to a list made on first use: most households never need the list at all. */
export function append<T>(list: T[] | undefined, item: T): T[] {
  if (list === undefined) return [item];
  list.push(item);
  return list;
}
