import { schoolAge } from '../dates/age';
import type { SchoolLevel } from '../household/types';
import type { SchoolAttendanceRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { MemberScan, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'child-not-at-expected-school',
  'children-at-school',
  'schooling-missing',
  'no-child-in-age-range',
);
const MISSING_SCHOOLING = ['schooling'] as const;
const MISSING_LEVEL = ['schooling.level'] as const;

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
  rule: SchoolAttendanceRule,
  context: HouseholdContext,
): SchoolLevel | undefined {
  const age = schoolAge(facts.birthYear, context.on, rule.schoolYearStartMonth);
  let expected: SchoolLevel | undefined = rule.expectedLevels[0]?.level;
  for (const band of rule.expectedLevels) if (age >= band.fromSchoolAge) expected = band.level;
  return expected;
}

function deprives(
  facts: MemberFacts,
  rule: SchoolAttendanceRule,
  context: HouseholdContext,
): boolean | readonly string[] {
  const schooling = facts.member.schooling;
  if (schooling === undefined) return MISSING_SCHOOLING;
  if (!schooling.attending) return true;
  const expected = expectedLevel(facts, rule, context);
  if (expected === undefined) return false;
  if (schooling.level === undefined) return MISSING_LEVEL;
  return LEVEL_RANK[schooling.level] < LEVEL_RANK[expected];
}

/**
 * Child school attendance (tình trạng đi học của trẻ em): a child from `fromAge` to under
 * `underAge` (completed years) does not attend school, or, where the standard expects levels,
 * attends below the level right for the school age. Attending above it is not a deprivation.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix (3 to under 16, level by school age) and Decision
 * 59/2015/QĐ-TTg Art. 1 (5 to under 15), grade U.
 */
export function schoolAttendance(
  context: HouseholdContext,
  rule: SchoolAttendanceRule,
): RuleFinding {
  const scan = new MemberScan();
  for (const facts of context.members) {
    if (facts.ageYears < rule.fromAge || facts.ageYears >= rule.underAge) continue;
    const deprived = deprives(facts, rule, context);
    if (typeof deprived === 'boolean') scan.decided(facts, deprived);
    else scan.undecided(facts, deprived);
  }
  return scan.finish(OUTCOMES);
}
