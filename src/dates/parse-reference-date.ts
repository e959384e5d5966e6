import { describeValue, VnPovertyError } from '../errors';
import { type CalendarDate, isIsoDate, splitFullDate } from './calendar';

/**
 * Reads a reference date given by the caller (`YYYY-MM-DD`).
 *
 * @throws {@link VnPovertyError} with code `invalid-date` when it is not a real date.
 */
export function parseReferenceDate(on: string): CalendarDate {
  if (typeof on !== 'string' || !isIsoDate(on)) {
    throw new VnPovertyError('invalid-date', {
      vi: `Ngày tham chiếu ${describeValue(on)} không hợp lệ: cần ngày có thật, viết YYYY-MM-DD.`,
      en: `The reference date ${describeValue(on)} is not a real date written YYYY-MM-DD.`,
    });
  }
  return splitFullDate(on);
}
