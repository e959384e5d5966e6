import type { IndicatorRule } from '../standards/types';
import { adultQualification } from './adult-qualification';
import { childNutrition } from './child-nutrition';
import type { HouseholdContext } from './context';
import { dependantsShare } from './dependants-share';
import { dwellingStructures } from './dwelling-structures';
import { plainFinding, type RuleFinding } from './finding';
import { floorAreaPerMember } from './floor-area-per-member';
import { healthInsurance } from './health-insurance';
import { informationDevices } from './information-devices';
import { latrine } from './latrine';
import { memberUses } from './member-uses';
import { schoolAttendance } from './school-attendance';
import { sickWithoutCare } from './sick-without-care';
import { wasteTreatment } from './waste-treatment';
import { waterSource } from './water-source';
import { workingAgeWork } from './working-age-work';

/**
 * Applies an indicator's rule to a household, from the facts alone. The only dispatch on rule
 * kinds; editions differ only in which rules they list and with which parameters. `rule` is the
 * assessor's working copy (see `prepareRule`).
 */
export function evaluateRule(
  context: HouseholdContext,
  rule: IndicatorRule,
  indicatorId: string,
): RuleFinding {
  switch (rule.kind) {
    case 'working-age-work':
      return workingAgeWork(context, rule);
    case 'dependants-share':
      return dependantsShare(context, rule);
    case 'child-nutrition':
      return childNutrition(context, rule);
    case 'health-insurance':
      return healthInsurance(context, rule);
    case 'adult-qualification':
      return adultQualification(context, rule);
    case 'school-attendance':
      return schoolAttendance(context, rule);
    case 'dwelling-structures':
      return dwellingStructures(context, rule);
    case 'floor-area-per-member':
      return floorAreaPerMember(context, rule);
    case 'water-source':
      return waterSource(context, rule);
    case 'latrine':
      return latrine(context, rule);
    case 'member-uses':
      return memberUses(context, rule);
    case 'information-devices':
      return informationDevices(context, rule);
    case 'sick-without-care':
      return sickWithoutCare(context, rule);
    case 'waste-treatment':
      return wasteTreatment(context, rule);
    case 'unpublished':
      return plainFinding('unknown', 'cutoff-unpublished', {}, `declared.${indicatorId}`);
  }
}
