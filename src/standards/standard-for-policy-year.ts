import { describeValue, VnPovertyError } from '../errors';
import { findNationalStandard, nationalYears } from './national-standards';
import type { Standard } from './types';

/**
 * The national standard that governs a policy year (năm áp dụng chính sách).
 *
 * @remarks Legal basis: Decision 59/2015/QĐ-TTg for 2016–2021 (kept for 2021 by Decree
 * 07/2021/NĐ-CP Art. 2); Decree 07/2021/NĐ-CP for 2022–2026 (kept for 2026 by Decree
 * 351/2025/NĐ-CP, grade N); Decree 351/2025/NĐ-CP for 2027–2030 (grade N).
 *
 * @param year - a policy year, 2016 to 2030
 * @returns the standard
 * @throws {@link VnPovertyError} with code `date-out-of-range` for a year no standard governs
 *
 * @example
 * ```ts
 * import { standardForPolicyYear } from 'vn-poverty';
 * standardForPolicyYear(2021).id; //=> 'qd59-2015'
 * standardForPolicyYear(2022).id; //=> 'nd07-2021'
 * standardForPolicyYear(2027).id; //=> 'nd351-2025'
 * ```
 *
 * @see {@link !"Conventions" | Conventions}
 */
export function standardForPolicyYear(year: number): Standard {
  const standard = findNationalStandard(year);
  if (standard === undefined) {
    throw new VnPovertyError('date-out-of-range', {
      vi: `Không có chuẩn nghèo quốc gia cho năm ${describeValue(year)}: các chuẩn quốc gia áp dụng cho các năm ${nationalYears()}.`,
      en: `No national standard governs the policy year ${describeValue(year)}: the national standards cover ${nationalYears()}.`,
    });
  }
  return standard;
}
