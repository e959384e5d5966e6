import { isOfWorkingAge } from '../dates/retirement';
import type { WorkingAgeWorkRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { MemberScan, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'working-age-member-without-decent-work',
  'working-age-members-working',
  'work-missing',
  'no-member-of-working-age',
);
const MISSING = ['work'] as const;

/**
 * Employment (việc làm): a member of working age (from `minimumAge` to the statutory retirement
 * age, Decree 135/2020/NĐ-CP) is unemployed or works for a wage without a labour contract.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix (employment, grade N/U); working age from Labour Code
 * 2019 Art. 169 and Decree 135/2020/NĐ-CP Art. 4.
 */
export function workingAgeWork(context: HouseholdContext, rule: WorkingAgeWorkRule): RuleFinding {
  const scan = new MemberScan();
  for (const facts of context.members) {
    const { member } = facts;
    if (
      !isOfWorkingAge(
        member.sex,
        facts.birthYear,
        facts.birthMonth,
        facts.ageMonths,
        rule.minimumAge,
      )
    )
      continue;
    const work = member.work;
    if (work === undefined) scan.undecided(facts, MISSING);
    else if (rule.depriving.includes(work)) scan.deprived(facts, { work });
    else scan.notDeprived();
  }
  return scan.finish(OUTCOMES, { minimumAge: rule.minimumAge, membersInScope: scan.inScope });
}
