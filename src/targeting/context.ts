import type { Assessment } from '../assess/types';
import { splitFullDate } from '../dates/calendar';
import type { Household } from '../household/types';
import { householdContext, type MemberFacts } from '../indicators/context';
import type { LegalCitation } from '../law/citation';
import { checkAssessmentOf } from '../status/check-assessment';
import {
  categoryBits,
  type NewlyEscapedOnDay,
  newlyEscapedOnDay,
  type Timeline,
  timelineFromRecord,
} from '../status/timeline';
import { type ConditionMemo, type ConditionOptions, condition } from './conditions';
import type { Condition, ConditionCode, ConditionStatus, TargetingRules } from './types';

/** What every targeting rule reads about one household, computed once. */
export interface TargetingContext {
  readonly household: Household;
  readonly assessment: Assessment;
  readonly rules: TargetingRules;
  /** The assessment's date: targeting answers as of it. */
  readonly on: string;
  /** Each member with their age on `on`. */
  readonly members: readonly MemberFacts[];
  /** The categories the assessment allows, as bits. */
  readonly statusBits: number;
  /** The facts that would decide an undetermined assessment. */
  readonly decidingFacts: readonly string[];
  /** Whether the household is newly escaped on `on` (computed when first asked). */
  readonly newlyEscaped: () => NewlyEscapedOnDay;
  /** Builds a condition: shared with other households of the call when a memo is given. */
  readonly condition: (
    code: ConditionCode,
    status: ConditionStatus,
    basis: LegalCitation,
    options?: ConditionOptions,
  ) => Condition;
}

/**
 * Checks that the assessment is one of this household (a mismatched pair is misuse, never a wrong
 * answer) and prepares what the rules read.
 *
 * @throws {@link VnPovertyError} `assessment-mismatch` when the assessment is not the household's
 * (not an assessment, another id, another number of members), `invalid-household` for a household
 * that did not come through `parseHousehold`
 */
export function targetingContext(
  household: Household,
  assessment: Assessment,
  rules: TargetingRules,
  memo?: ConditionMemo,
): TargetingContext {
  checkAssessmentOf(household, assessment);
  const on = assessment.on;
  const members = householdContext(household, splitFullDate(on), on).members;
  let timeline: Timeline | undefined;
  let escaped: NewlyEscapedOnDay | undefined;
  return {
    household,
    assessment,
    rules,
    on,
    members,
    statusBits: categoryBits(assessment.possibleCategories),
    decidingFacts: assessment.decidingFacts.map((fact) => fact.path),
    condition: memo === undefined ? condition : (...args) => memo.get(...args),
    newlyEscaped: () => {
      timeline ??= timelineFromRecord(household, assessment);
      escaped ??= newlyEscapedOnDay(timeline, on, rules.newlyEscapedMonths.value);
      return escaped;
    },
  };
}
