import { type ValidationIssue, VnPovertyError } from '../errors';
import type { AssessedHousehold } from './types';

/** The most households that one ranking or one project may hold. */
export const MAX_HOUSEHOLDS = 1_000_000;

/** The most issues reported at once: enough to fix a list, and bounded whatever the list. */
const MAX_ISSUES = 50;

/** Throws the problems found in caller input, every one with its path. */
export function invalidInput(issues: readonly ValidationIssue[]): VnPovertyError {
  return new VnPovertyError(
    'invalid-targeting-input',
    {
      vi: `Dữ liệu đầu vào không hợp lệ: ${issues.length} lỗi, xem từng lỗi.`,
      en: `The input is not valid: ${issues.length} issue(s), see each one.`,
    },
    issues.slice(0, MAX_ISSUES),
  );
}

export const inputIssue = (
  path: string,
  code: string,
  vi: string,
  en: string,
): ValidationIssue => ({
  path,
  code,
  message: { vi, en },
});

/**
 * Checks a list of households with their assessments: at least one, at most
 * {@link MAX_HOUSEHOLDS}, each with a household id of its own (results name households by id, and
 * an order must not depend on the order of the input).
 *
 * @throws {@link VnPovertyError} `invalid-targeting-input` with every problem found
 */
export function checkAssessedList(list: unknown, name: string): readonly AssessedHousehold[] {
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_HOUSEHOLDS) {
    throw invalidInput([
      inputIssue(
        name,
        'invalid-list',
        `Cần một danh sách từ 1 đến ${MAX_HOUSEHOLDS} hộ.`,
        `A list of 1 to ${MAX_HOUSEHOLDS} households is needed.`,
      ),
    ]);
  }
  const issues: ValidationIssue[] = [];
  const firstIndex = new Map<string, number>();
  for (let index = 0; index < list.length && issues.length < MAX_ISSUES; index++) {
    const entry: unknown = list[index];
    const household =
      entry !== null && typeof entry === 'object'
        ? (entry as AssessedHousehold).household
        : undefined;
    const id = household !== null && typeof household === 'object' ? household.id : undefined;
    const path = `${name}[${index}].household.id`;
    if (typeof id !== 'string' || id === '') {
      issues.push(
        inputIssue(
          path,
          'household-id-required',
          'Hộ cần có mã (id).',
          'The household needs an id.',
        ),
      );
      continue;
    }
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      issues.push(
        inputIssue(
          path,
          'duplicate-household-id',
          `Mã hộ "${id}" trùng với ${name}[${first}].`,
          `The household id "${id}" repeats ${name}[${first}].`,
        ),
      );
    }
  }
  if (issues.length > 0) throw invalidInput(issues);
  return list as readonly AssessedHousehold[];
}
