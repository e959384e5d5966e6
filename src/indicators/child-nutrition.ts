import type { ChildNutritionRule } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'child-malnourished',
  'children-nourished',
  'nutrition-missing',
  'no-child-in-age-range',
);
const MISSING = ['nutrition'] as const;

const inScope = (facts: MemberFacts, rule: ChildNutritionRule): boolean =>
  facts.ageYears < rule.underAge;

const deprives = (
  { member }: MemberFacts,
  rule: ChildNutritionRule,
): boolean | readonly string[] =>
  member.nutrition === undefined ? MISSING : rule.depriving.includes(member.nutrition);

/** Nutrition (dinh dưỡng): a child under `underAge` is stunted or underweight. */
export function childNutrition(context: HouseholdContext, rule: ChildNutritionRule): RuleFinding {
  return scanMembers(context, rule, inScope, deprives, OUTCOMES);
}
