import { VnPovertyError } from '../errors';
import { NATIONAL_STANDARDS } from './national-standards';
import type { NationalStandardId, Standard } from './types';

/**
 * Gets a national standard by its id.
 *
 * @param id - `qd59-2015`, `nd07-2021` or `nd351-2025`
 * @returns the standard
 * @throws {@link VnPovertyError} with code `unknown-standard` for any other id
 *
 * @example
 * ```ts
 * import { getStandard } from 'vn-poverty';
 * getStandard('nd07-2021').policyYears; //=> { from: 2022, to: 2026 }
 * ```
 */
export function getStandard(id: NationalStandardId | (string & {})): Standard {
  const standard = NATIONAL_STANDARDS.find((candidate) => candidate.id === id);
  if (standard === undefined) {
    const known = NATIONAL_STANDARDS.map((candidate) => candidate.id).join(', ');
    throw new VnPovertyError('unknown-standard', {
      vi: `Không có chuẩn nghèo mã "${id}". Các mã hiện có: ${known}.`,
      en: `There is no standard "${id}". Known ids: ${known}.`,
    });
  }
  return standard;
}
