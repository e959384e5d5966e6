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

function expectedLevel(rule: SchoolAttendanceRule, age: number): SchoolLevel | undefined {
  let expected: SchoolLevel | undefined = rule.expectedLevels[0]?.level;
  for (const band of rule.expectedLevels) if (age >= band.fromSchoolAge) expected = band.level;
  return expected;
}

/** Reports one child in range to the scan: deprived, not, or missing a fact. */
function checkChild(
  scan: MemberScan,
  facts: MemberFacts,
  rule: SchoolAttendanceRule,
  context: HouseholdContext,
): void {
  const schooling = facts.member.schooling;
  if (schooling === undefined) scan.undecided(facts, MISSING_SCHOOLING, {});
  else if (!schooling.attending) scan.deprived(facts, { attending: false });
  else if (rule.expectedLevels.length === 0) scan.notDeprived();
  else {
    const age = schoolAge(facts.birthYear, context.on, rule.schoolYearStartMonth);
    const expected = expectedLevel(rule, age) as SchoolLevel;
    const level = schooling.level;
    if (level === undefined)
      scan.undecided(facts, MISSING_LEVEL, {
        attending: true,
        schoolAge: age,
        expectedLevel: expected,
      });
    else if (LEVEL_RANK[level] >= LEVEL_RANK[expected]) scan.notDeprived();
    else scan.deprived(facts, { attending: true, schoolAge: age, expectedLevel: expected, level });
  }
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
    checkChild(scan, facts, rule, context);
  }
  return scan.finish(OUTCOMES, {
    fromAge: rule.fromAge,
    underAge: rule.underAge,
    membersInScope: scan.inScope,
  });
}
