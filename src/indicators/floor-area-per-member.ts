import { Exact } from '../money/decimal';
import { divideRoundHalfUp, isBelowProduct } from '../money/exact';
import type { FloorAreaPerMemberRule } from '../standards/types';
import type { HouseholdContext } from './context';
import { plainFinding, type RuleFinding } from './finding';

/**
 * The floor area per member, rounded half up to 0.01 m², for display only: the comparison never
 * uses it. Whole areas are divided in integers; a fractional area goes through decimal arithmetic.
 */
function areaPerMember(floorAreaM2: number, members: number): number {
  if (Number.isSafeInteger(floorAreaM2 * 100))
    return divideRoundHalfUp(floorAreaM2 * 100, members) / 100;
  return new Exact(floorAreaM2).div(members).toDecimalPlaces(2, Exact.ROUND_HALF_UP).toNumber();
}

/** The minimum for the whole household, exact (a fractional cut-off is multiplied in decimals). */
function minimumTotal(minimumM2: number, members: number): number {
  return Number.isInteger(minimumM2)
    ? minimumM2 * members
    : new Exact(minimumM2).times(members).toNumber();
}

/**
 * Floor area per person (diện tích nhà ở bình quân đầu người): no dwelling, or less than
 * `minimumM2` (8 m²) per member. Compared exactly as area < minimum × members, never by dividing;
 * the result shows the area per member rounded half up to 0.01 m² for display.
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix and Decision 59/2015/QĐ-TTg Art. 1 (floor area, grade
 * U).
 */
export function floorAreaPerMember(
  { household }: HouseholdContext,
  rule: FloorAreaPerMemberRule,
): RuleFinding {
  const dwelling = household.dwelling;
  if (dwelling.none === true) return plainFinding('deprived', 'no-dwelling', { dwelling: 'none' });
  const memberCount = household.members.length;
  const values = {
    floorAreaM2: dwelling.floorAreaM2,
    memberCount,
    areaPerMemberM2: areaPerMember(dwelling.floorAreaM2, memberCount),
    minimumM2PerMember: rule.minimumM2,
    minimumFloorAreaM2: minimumTotal(rule.minimumM2, memberCount),
  };
  return isBelowProduct(dwelling.floorAreaM2, rule.minimumM2, memberCount)
    ? plainFinding('deprived', 'floor-area-below-minimum', values)
    : plainFinding('not-deprived', 'floor-area-sufficient', values);
}
