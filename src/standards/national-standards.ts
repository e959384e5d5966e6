import { ND07_2021 } from './nd07-2021';
import { ND351_2025 } from './nd351-2025';
import { QD59_2015 } from './qd59-2015';
import type { Standard } from './types';

/**
 * The three national standards, oldest first: `qd59-2015` (2016–2021), `nd07-2021` (2022–2026),
 * `nd351-2025` (2027–2030, provisional).
 *
 * @example
 * ```ts
 * import { NATIONAL_STANDARDS } from 'vn-poverty';
 * NATIONAL_STANDARDS.map((standard) => standard.id); //=> ['qd59-2015', 'nd07-2021', 'nd351-2025']
 * ```
 *
 * @see {@link !"The standards" | The standards}
 * @see {@link !"Readings" | Readings}
 */
export const NATIONAL_STANDARDS: readonly Standard[] = Object.freeze([
  QD59_2015,
  ND07_2021,
  ND351_2025,
]);

/** The national standard that governs a policy year, if any. */
export function findNationalStandard(policyYear: number): Standard | undefined {
  if (!Number.isInteger(policyYear)) return undefined;
  return NATIONAL_STANDARDS.find(
    (candidate) =>
      candidate.policyYears.from <= policyYear && policyYear <= candidate.policyYears.to,
  );
}

/** The policy years the national standards cover, as text: `2016–2030`. */
export function nationalYears(): string {
  const first = NATIONAL_STANDARDS[0]?.policyYears.from;
  const last = NATIONAL_STANDARDS[NATIONAL_STANDARDS.length - 1]?.policyYears.to;
  return `${first}–${last}`;
}
