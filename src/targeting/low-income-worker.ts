import {
  assessLowIncomeWorker,
  type LowIncomeWorkerResult,
} from '../assess/assess-low-income-worker';
import type { Assessment } from '../assess/types';
import type { Household, Member } from '../household/types';
import { getStandard } from '../standards/get-standard';
import type { Standard } from '../standards/types';

/**
 * Whether a member is a low-income worker, on the date and standard of the household's
 * assessment: the one call of `assessLowIncomeWorker` in targeting.
 */
export function lowIncomeWorker(
  household: Household,
  member: Member,
  assessment: Assessment,
  standard: Standard | undefined,
): LowIncomeWorkerResult {
  return assessLowIncomeWorker(household, member.id, {
    on: assessment.on,
    standard: standard ?? getStandard(assessment.standardId),
  });
}
