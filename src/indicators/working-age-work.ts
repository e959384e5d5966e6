import { isOfWorkingAge } from '../dates/retirement';
import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { scanMembers } from './scan-members';

type Rule = Extract<IndicatorRule, { kind: 'working-age-work' }>;

/**
 * Employment (việc làm): a member of working age (from `minimumAge` to the statutory retirement
 * age, Decree 135/2020/NĐ-CP) is unemployed or works for a wage without a labour contract.
 */
export function workingAgeWork(context: HouseholdContext, rule: Rule): RuleFinding {
  return scanMembers(
    context,
    (facts) => isOfWorkingAge(facts.member.sex, facts.birth, facts.ageMonths, rule.minimumAge),
    ({ member }) => (member.work === undefined ? ['work'] : rule.depriving.includes(member.work)),
    {
      deprived: 'working-age-member-without-decent-work',
      notDeprived: 'working-age-members-working',
      unknown: 'work-missing',
      noneInScope: 'no-member-of-working-age',
    },
  );
}
