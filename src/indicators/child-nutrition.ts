import type { ChildNutritionRule } from '../standards/types';
import type { HouseholdContext } from './context';
import type { RuleFinding } from './finding';
import { MemberScan, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'child-malnourished',
  'children-nourished',
  'nutrition-missing',
  'no-child-in-age-range',
);
const MISSING = ['nutrition'] as const;

/**
 * Nutrition (dinh dưỡng): a child under `underAge` is stunted or underweight.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix (nutrition, grade N).
 */
export function childNutrition(context: HouseholdContext, rule: ChildNutritionRule): RuleFinding {
  const scan = new MemberScan();
  for (const facts of context.members) {
    if (facts.ageYears >= rule.underAge) continue;
    const nutrition = facts.member.nutrition;
    if (nutrition === undefined) scan.undecided(facts, MISSING);
    else if (rule.depriving.includes(nutrition)) scan.deprived(facts, { nutrition });
    else scan.notDeprived();
  }
  return scan.finish(OUTCOMES, { underAge: rule.underAge, membersInScope: scan.inScope });
}
