import { isBelowProduct } from '../money/exact';
import type { FloorAreaPerMemberRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

const NO_DWELLING = plainFinding('deprived', 'no-dwelling');
const BELOW = plainFinding('deprived', 'floor-area-below-minimum');
const SUFFICIENT = plainFinding('not-deprived', 'floor-area-sufficient');

/**
 * Floor area per person (diện tích nhà ở bình quân đầu người): no dwelling, or less than
 * `minimumM2` (8 m²) per member. Compared exactly as area < minimum × members, never by dividing.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (floor area, grade
 * U).
 */
export function floorAreaPerMember(
  { household }: HouseholdContext,
  rule: FloorAreaPerMemberRule,
): RuleFinding {
  const dwelling = household.dwelling;
  if ('none' in dwelling) return NO_DWELLING;
  return isBelowProduct(dwelling.floorAreaM2, rule.minimumM2, household.members.length)
    ? BELOW
    : SUFFICIENT;
}
