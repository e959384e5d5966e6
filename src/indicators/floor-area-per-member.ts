import { isBelowProduct } from '../money/exact';
import type { IndicatorRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

type Rule = Extract<IndicatorRule, { kind: 'floor-area-per-member' }>;

/**
 * Floor area per person (diện tích nhà ở bình quân đầu người): no dwelling, or less than
 * `minimumM2` (8 m²) per member. Compared exactly as area < minimum × members, never by dividing.
 */
export function floorAreaPerMember({ household }: HouseholdContext, rule: Rule): RuleFinding {
  const dwelling = household.dwelling;
  if ('none' in dwelling) return plainFinding('deprived', 'no-dwelling');
  return isBelowProduct(dwelling.floorAreaM2, rule.minimumM2, household.members.length)
    ? plainFinding('deprived', 'floor-area-below-minimum')
    : plainFinding('not-deprived', 'floor-area-sufficient');
}
