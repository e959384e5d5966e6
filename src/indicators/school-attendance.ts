import { schoolAge } from '../dates/age';
import type { SchoolLevel } from '../household/types';
import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers } from './scan-members';

type Rule = Extract<IndicatorRule, { kind: 'school-attendance' }>;

/** How far up the ladder a level is; vocational training counts as upper-secondary. */
const LEVEL_RANK: Readonly<Record<SchoolLevel, number>> = {
  preschool: 0,
  primary: 1,
  'lower-secondary': 2,
  'upper-secondary': 3,
  vocational: 3,
  higher: 4,
};

function expectedLevel(
  facts: MemberFacts,
  rule: Rule,
  context: HouseholdContext,
): SchoolLevel | undefined {
  const age = schoolAge(facts.birth.year, context.on, rule.schoolYearStartMonth);
  let expected: SchoolLevel | undefined = rule.expectedLevels[0]?.level;
  for (const band of rule.expectedLevels) if (age >= band.fromSchoolAge) expected = band.level;
  return expected;
}

/**
 * Child school attendance (tình trạng đi học của trẻ em): a child from `fromAge` to under
 * `underAge` (completed years) does not attend school, or, where the standard expects levels,
 * attends below the level right for the school age. Attending above it is not a deprivation.
 */
export function schoolAttendance(context: HouseholdContext, rule: Rule): RuleFinding {
  return scanMembers(
    context,
    (facts) => facts.ageYears >= rule.fromAge && facts.ageYears < rule.underAge,
    (facts) => {
      const schooling = facts.member.schooling;
      if (schooling === undefined) return ['schooling'];
      if (!schooling.attending) return true;
      const expected = expectedLevel(facts, rule, context);
      if (expected === undefined) return false;
      if (schooling.level === undefined) return ['schooling.level'];
      return LEVEL_RANK[schooling.level] < LEVEL_RANK[expected];
    },
    {
      deprived: 'child-not-at-expected-school',
      notDeprived: 'children-at-school',
      unknown: 'schooling-missing',
      noneInScope: 'no-child-in-age-range',
    },
  );
}
