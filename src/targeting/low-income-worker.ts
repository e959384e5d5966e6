import {
  assessLowIncomeWorker,
  type LowIncomeWorkerResult,
} from '../assess/assess-low-income-worker';
import type { Assessment } from '../assess/types';
import type { Household, Member } from '../household/types';
import type { Standard } from '../standards/types';

/**
 * The one call of `assessLowIncomeWorker` in targeting, kept apart because that function's
 * signature is changing (household, member id, assessment options): only this line follows it.
 */
export function lowIncomeWorker(
  household: Household,
  member: Member,
  assessment: Assessment,
  standard: Standard | undefined,
): LowIncomeWorkerResult {
  return assessLowIncomeWorker(member, household, assessment, standard);
}
