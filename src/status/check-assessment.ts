import type { Assessment } from '../assess/types';
import { readBirthDate } from '../dates/calendar';
import { VnPovertyError } from '../errors';
import type { Household } from '../household/types';

function mismatch(vi: string, en: string): VnPovertyError {
  return new VnPovertyError('assessment-mismatch', { vi, en });
}

/**
 * Checks that an assessment given with a household is one of that household: a mismatched pair is
 * misuse, never a wrong answer. Compares the ids and the number of members.
 *
 * @throws {@link VnPovertyError} `invalid-household` when the household is not one,
 * `assessment-mismatch` when the assessment is not one, or not this household's
 */
export function checkAssessmentOf(household: Household, assessment: Assessment): void {
  if (household === null || typeof household !== 'object' || !Array.isArray(household.members)) {
    throw new VnPovertyError('invalid-household', {
      vi: 'Hộ truyền vào không hợp lệ: hãy kiểm tra hộ bằng parseHousehold trước.',
      en: 'The household given is not valid: check it with parseHousehold first.',
    });
  }
  if (
    assessment === null ||
    typeof assessment !== 'object' ||
    typeof assessment.on !== 'string' ||
    assessment.on.length !== 10 ||
    readBirthDate(assessment.on) < 0 ||
    !Array.isArray(assessment.possibleCategories) ||
    !Array.isArray(assessment.decidingFacts) ||
    typeof assessment.income?.memberCount !== 'number'
  ) {
    throw mismatch(
      'Đánh giá truyền vào không phải là kết quả của assessHousehold.',
      'The assessment given is not a result of assessHousehold.',
    );
  }
  const members = household.members.length;
  if (assessment.householdId !== household.id || assessment.income.memberCount !== members) {
    throw mismatch(
      `Đánh giá (hộ ${assessment.householdId ?? 'không mã'}, ${assessment.income.memberCount} thành viên) không phải của hộ ${household.id ?? 'không mã'} (${members} thành viên).`,
      `The assessment (household ${assessment.householdId ?? 'without id'}, ${assessment.income.memberCount} members) is not of household ${household.id ?? 'without id'} (${members} members).`,
    );
  }
}
