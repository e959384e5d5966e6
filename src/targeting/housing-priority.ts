import { POOR, POOR_OR_NEAR_POOR } from '../status/timeline';
import { allOf, unique } from './conditions';
import type { TargetingContext } from './context';
import {
  especiallyHardCircumstances,
  ethnicMinorityHousehold,
  locationFlag,
  someMember,
  statusIn,
} from './household-conditions';
import type { Condition, ConditionStatus, HousingPriorityLevel, LevelFinding } from './types';

/** The conditions of one level of Project 5's priority order. */
function levelConditions(
  context: TargetingContext,
  level: HousingPriorityLevel,
  poor: () => Condition,
  poorOrNearPoor: () => Condition,
): Condition[] {
  const basis = context.rules.housing.priorityOrder.basis;
  switch (level) {
    case 'poor-ethnic-minority':
      return [poor(), ethnicMinorityHousehold(context)];
    case 'poor-with-person-of-merit':
      return [poor(), someMember(context, 'has-person-of-merit', 'meritorious', basis)];
    case 'with-social-protection-beneficiary':
      return [
        poorOrNearPoor(),
        someMember(
          context,
          'has-social-protection-beneficiary',
          'monthlySocialAllowance',
          context.rules.socialProtectionBeneficiary.basis,
        ),
      ];
    case 'especially-hard-circumstances':
      return [poorOrNearPoor(), especiallyHardCircumstances(context, basis)];
    case 'often-hit-by-disasters':
      return [
        poorOrNearPoor(),
        locationFlag(context, 'often-hit-by-disasters', 'oftenHitByDisasters', basis),
      ];
    case 'other-poor-or-near-poor':
      return [poorOrNearPoor()];
  }
}

/** A household's level in the priority order, and the levels missing facts could give it. */
export interface PriorityPlacement {
  /** 1 for the first level; the number after the last level when it meets none. */
  readonly level: number;
  readonly levelId?: HousingPriorityLevel;
  readonly possibleLevels: readonly number[];
  /** Every level down to its own (or every level when it meets none). */
  readonly levels: readonly LevelFinding[];
  /** The facts that could raise the level. */
  readonly missing: readonly string[];
}

/** Places a household in the rules' priority order: the first level it meets. */
export function placeInPriorityOrder(context: TargetingContext): PriorityPlacement {
  const { value: order, basis } = context.rules.housing.priorityOrder;
  const levels: LevelFinding[] = [];
  let poor: Condition | undefined;
  let poorOrNearPoor: Condition | undefined;
  const poorOnce = () => {
    poor ??= statusIn(context, 'household-poor', POOR, basis);
    return poor;
  };
  const poorOrNearPoorOnce = () => {
    poorOrNearPoor ??= statusIn(context, 'household-poor-or-near-poor', POOR_OR_NEAR_POOR, basis);
    return poorOrNearPoor;
  };
  for (const [index, levelId] of order.entries()) {
    const conditions = levelConditions(context, levelId, poorOnce, poorOrNearPoorOnce);
    const status: ConditionStatus = allOf(conditions.map((c) => c.status));
    levels.push({ level: index + 1, levelId, status, conditions });
    if (status === 'met') break;
  }
  const found = levels.find((finding) => finding.status === 'met');
  const level = found?.level ?? order.length + 1;
  const open = levels.filter((finding) => finding.status === 'unknown');
  return {
    level,
    ...(found === undefined ? {} : { levelId: found.levelId }),
    possibleLevels: [...open.map((finding) => finding.level), level],
    levels,
    missing: unique(open.flatMap((finding) => finding.conditions.flatMap((c) => c.missing))),
  };
}
