import { isOfWorkingAge } from '../dates/retirement';
import type { WorkingAgeWorkRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'working-age-member-without-decent-work',
  'working-age-members-working',
  'work-missing',
  'no-member-of-working-age',
);
const MISSING = ['work'] as const;

const inScope = (facts: MemberFacts, rule: WorkingAgeWorkRule): boolean =>
  isOfWorkingAge(
    facts.member.sex,
    facts.birthYear,
    facts.birthMonth,
    facts.ageMonths,
    rule.minimumAge,
  );

const deprives = (
  { member }: MemberFacts,
  rule: WorkingAgeWorkRule,
): boolean | readonly string[] =>
  member.work === undefined ? MISSING : rule.depriving.includes(member.work);

/**
 * Employment (việc làm): a member of working age (from `minimumAge` to the statutory retirement
 * age, Decree 135/2020/NĐ-CP) is unemployed or works for a wage without a labour contract.
 */
export function workingAgeWork(context: HouseholdContext, rule: WorkingAgeWorkRule): RuleFinding {
  return scanMembers(context, rule, inScope, deprives, OUTCOMES);
}
