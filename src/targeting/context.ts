import type { Assessment } from '../assess/types';
import { isIsoDate, splitFullDate } from '../dates/calendar';
import { VnPovertyError } from '../errors';
import type { Household } from '../household/types';
import { householdContext, type MemberFacts } from '../indicators/context';
import {
  categoryBits,
  type NewlyEscapedOnDay,
  newlyEscapedOnDay,
  type Timeline,
  timelineFromRecord,
} from '../status/timeline';
import type { TargetingRules } from './types';

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
}

function mismatch(vi: string, en: string): VnPovertyError {
  return new VnPovertyError('assessment-mismatch', { vi, en });
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
): TargetingContext {
  if (
    assessment === null ||
    typeof assessment !== 'object' ||
    typeof assessment.on !== 'string' ||
    !isIsoDate(assessment.on) ||
    !Array.isArray(assessment.possibleCategories) ||
    !Array.isArray(assessment.decidingFacts) ||
    typeof assessment.income?.memberCount !== 'number'
  ) {
    throw mismatch(
      'Đánh giá truyền vào không phải là kết quả của assessHousehold.',
      'The assessment given is not a result of assessHousehold.',
    );
  }
  const on = assessment.on;
  const members = householdContext(household, splitFullDate(on), on).members;
  if (assessment.householdId !== household.id || assessment.income.memberCount !== members.length) {
    throw mismatch(
      `Đánh giá (hộ ${assessment.householdId ?? 'không mã'}, ${assessment.income.memberCount} thành viên) không phải của hộ ${household.id ?? 'không mã'} (${members.length} thành viên).`,
      `The assessment (household ${assessment.householdId ?? 'without id'}, ${assessment.income.memberCount} members) is not of household ${household.id ?? 'without id'} (${members.length} members).`,
    );
  }
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
    newlyEscaped: () => {
      timeline ??= timelineFromRecord(household, assessment);
      escaped ??= newlyEscapedOnDay(timeline, on, rules.newlyEscapedMonths.value);
      return escaped;
    },
  };
}
