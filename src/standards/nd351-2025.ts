import { cite } from '../law/cite';
import { publishStandard } from './library-standards';
import { ND07_INDICATORS } from './nd07-2021';
import type { IndicatorDefinition, Nd07IndicatorId, Nd351IndicatorId, Standard } from './types';

const DECREE = '351/2025/NĐ-CP';
const UNPUBLISHED_CUTOFF = 'cut-off not found in any source; a declared value (form B2) decides it';

/**
 * The 2022–2026 indicators the draft list keeps, with their 2022–2026 cut-offs carried over
 * unverified (grade U): ten of them. Each is marked `carriedOverFrom`, so that results that use it
 * say so.
 */
const CARRIED_OVER = [
  'employment',
  'dependants',
  'healthInsurance',
  'nutrition',
  'adultEducation',
  'childSchooling',
  'housingArea',
  'housingQuality',
] as const satisfies readonly (Nd07IndicatorId & Nd351IndicatorId)[];

function carriedOver<Id extends Nd07IndicatorId & Nd351IndicatorId>(
  id: Id,
): IndicatorDefinition<Id> {
  const indicator = ND07_INDICATORS.find((candidate) => candidate.id === id);
  if (indicator === undefined) throw new Error(`nd07-2021 has no indicator ${id}`);
  return {
    ...(indicator as IndicatorDefinition<Id>),
    basis: cite(
      'decree',
      DECREE,
      undefined,
      'U',
      'in the draft list; cut-off carried over from nd07-2021',
    ),
    carriedOverFrom: 'nd07-2021',
  };
}

const ND351_INDICATORS: readonly IndicatorDefinition<Nd351IndicatorId>[] = [
  ...CARRIED_OVER.map(carriedOver),
  {
    id: 'digitalServices',
    service: 'information',
    label: { vi: 'Sử dụng dịch vụ số', en: 'Use of digital (internet) services' },
    rule: { kind: 'unpublished', note: UNPUBLISHED_CUTOFF },
    basis: cite(
      'decree',
      DECREE,
      undefined,
      'N',
      `new indicator replacing telecom; ${UNPUBLISHED_CUTOFF}`,
    ),
  },
  {
    ...carriedOver('water'),
    service: 'water-sanitation-environment',
  },
  {
    ...carriedOver('sanitation'),
    service: 'water-sanitation-environment',
  },
  {
    id: 'wasteTreatment',
    service: 'water-sanitation-environment',
    label: { vi: 'Xử lý rác thải sinh hoạt', en: 'Household waste treatment' },
    rule: { kind: 'unpublished', note: UNPUBLISHED_CUTOFF },
    basis: cite('decree', DECREE, undefined, 'N', `new indicator; ${UNPUBLISHED_CUTOFF}`),
  },
];

const unpublishedBand = {
  unpublished: true,
  note: 'the middle band for 2027–2030 is not published in any source found',
} as const;

const line = (amount: number) =>
  ({ amount, per: 'month', basis: cite('decree', DECREE, undefined, 'N') }) as const;

/**
 * The provisional multidimensional poverty standard for policy years 2027–2030 (`nd351-2025`).
 *
 * @remarks Legal basis: Decree 351/2025/NĐ-CP of 30 Dec 2025 (grade N). Known: lines of
 * 2,200,000 (rural) and 2,800,000 (urban, đô thị) VND a month; 6 services and 12 indicators; 3 or
 * more deprivations with income at or below the line are poor. Unknown, and so explicit: the
 * cut-offs of the new digital-services and waste-treatment indicators (only a declared value
 * decides them), the middle band, the survey scores and the low-income worker rule. A result that
 * depends on one of these says so and is `undetermined`.
 *
 * @example
 * ```ts
 * import { ND351_2025 } from 'vn-poverty';
 * ND351_2025.provisional; //=> true
 * ND351_2025.lines.urban.poverty.amount; //=> 2800000
 * ND351_2025.indicators.filter((indicator) => indicator.rule.kind === 'unpublished').length; //=> 2
 * ```
 *
 * @see {@link !"The standards" | The standards}
 * @see {@link !"Readings" | Readings}
 */
export const ND351_2025: Standard<Nd351IndicatorId> = publishStandard({
  id: 'nd351-2025',
  title: {
    vi: 'Chuẩn nghèo đa chiều giai đoạn 2026–2030 (áp dụng từ 2027, tạm thời)',
    en: 'Multidimensional poverty standard 2026–2030 (from 2027, provisional)',
  },
  provisional: true,
  basis: [cite('decree', DECREE, undefined, 'N', 'of 30 Dec 2025')],
  policyYears: { from: 2027, to: 2030 },
  lines: {
    rural: { poverty: line(2_200_000), nearPoverty: line(2_200_000), middleUpper: unpublishedBand },
    urban: { poverty: line(2_800_000), nearPoverty: line(2_800_000), middleUpper: unpublishedBand },
  },
  classification: {
    deprivationThreshold: 3,
    incomeAloneMakesPoor: false,
    basis: cite('decree', DECREE, undefined, 'N'),
  },
  indicators: ND351_INDICATORS,
  survey: {
    unpublished: true,
    note: 'the survey scores for 2027–2030 are not published in any source found',
  },
  lowIncomeWorker: {
    unpublished: true,
    note: 'whether the Decree 30/2025 low-income worker rule carries over to 2027 is not known',
  },
});
