import { VnPovertyError } from '../errors';
import { parseHousehold } from '../household/parse-household';
import { isParsedHousehold } from '../household/parsed-households';
import type { Household } from '../household/types';

/**
 * The household to assess: one `parseHousehold` made is trusted as it is (it is frozen, so still
 * valid); anything else is checked in full first, so that no object, however it was built, gets a
 * wrong classification or an untyped error.
 *
 * @throws {@link VnPovertyError} `invalid-household`, naming the household's id and, in `issues`,
 * every problem with its path
 */
export function householdForAssessment(value: unknown): Household {
  if (isParsedHousehold(value)) return value;
  const parsed = parseHousehold(value);
  if (parsed.success) return parsed.data;
  const first = parsed.issues[0];
  const householdId = first?.householdId;
  const who = householdId === undefined ? '' : ` ${JSON.stringify(householdId)}`;
  const where = first === undefined ? '' : `${first.path || '(root)'}`;
  const more = parsed.issues.length > 1 ? parsed.issues.length - 1 : 0;
  throw new VnPovertyError(
    'invalid-household',
    {
      vi: `Hộ${who} không hợp lệ (${where}: ${first?.message.vi ?? ''}${more > 0 ? ` và ${more} lỗi khác` : ''}): hãy kiểm tra bằng parseHousehold.`,
      en: `Household${who} is not valid (${where}: ${first?.message.en ?? ''}${more > 0 ? ` and ${more} more` : ''}): check it with parseHousehold.`,
    },
    parsed.issues,
    householdId,
  );
}
