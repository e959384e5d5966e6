import { cite } from '../law/cite';
import { publishStandard } from './library-standards';
import type { IndicatorDefinition, Nd07IndicatorId, Standard } from './types';

const DECREE = '07/2021/NĐ-CP';
const APPENDIX = 'Appendix';

/**
 * The indicators of 2022–2026: 6 services, 12 indicators, each with its cut-off as a named
 * parameter and the grade of the reading (docs/readings.md).
 */
export const ND07_INDICATORS: readonly IndicatorDefinition<Nd07IndicatorId>[] = [
  {
    id: 'employment',
    service: 'employment',
    label: { vi: 'Việc làm', en: 'Employment' },
    rule: {
      kind: 'working-age-work',
      minimumAge: 15,
      depriving: ['unemployed', 'wage-without-contract'],
    },
    basis: cite(
      'decree',
      DECREE,
      APPENDIX,
      'U',
      'graded N/U: unemployed, or paid a wage without a labour contract',
    ),
  },
  {
    id: 'dependants',
    service: 'employment',
    label: { vi: 'Người phụ thuộc trong hộ gia đình', en: 'Dependants in the household' },
    rule: {
      kind: 'dependants-share',
      childUnderAge: 16,
      elderlyFromAge: 60,
      elderlyNeedAllowance: true,
      shareAbove: { numerator: 1, denominator: 2 },
    },
    basis: cite(
      'decree',
      DECREE,
      APPENDIX,
      'U',
      'graded N/U: the dependant definition is the 2026–2030 draft’s; elderly from 60 (Law on the Elderly 2009); the monthly allowance is read as required of the elderly too (elderlyNeedAllowance)',
    ),
  },
  {
    id: 'nutrition',
    service: 'health',
    label: { vi: 'Dinh dưỡng', en: 'Nutrition' },
    rule: {
      kind: 'child-nutrition',
      underAge: 16,
      depriving: ['stunted', 'underweight', 'stunted-and-underweight'],
    },
    basis: cite('decree', DECREE, APPENDIX, 'N'),
  },
  {
    id: 'healthInsurance',
    service: 'health',
    label: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
    rule: { kind: 'health-insurance', minimumAge: 6 },
    basis: cite('decree', DECREE, APPENDIX, 'U'),
  },
  {
    id: 'adultEducation',
    service: 'education',
    label: { vi: 'Trình độ giáo dục của người lớn', en: 'Adult education' },
    rule: {
      kind: 'adult-qualification',
      bands: [
        {
          fromAge: 16,
          toAge: 17,
          bornFromYear: null,
          qualifying: [
            'lower-secondary',
            'upper-secondary',
            'vocational-intermediate',
            'college',
            'university',
          ],
        },
        {
          fromAge: 18,
          toAge: 30,
          bornFromYear: null,
          qualifying: [
            'upper-secondary',
            'vocational-elementary',
            'vocational-intermediate',
            'college',
            'university',
          ],
        },
      ],
      employerCertificationCounts: true,
    },
    basis: cite(
      'decree',
      DECREE,
      APPENDIX,
      'U',
      '16–17 lower-secondary; 18–30 upper-secondary or a vocational certificate or higher',
    ),
  },
  {
    id: 'childSchooling',
    service: 'education',
    label: { vi: 'Tình trạng đi học của trẻ em', en: 'Child school attendance' },
    rule: {
      kind: 'school-attendance',
      fromAge: 3,
      underAge: 16,
      schoolYearStartMonth: 9,
      expectedLevels: [
        { fromSchoolAge: 0, level: 'preschool' },
        { fromSchoolAge: 6, level: 'primary' },
        { fromSchoolAge: 11, level: 'lower-secondary' },
        { fromSchoolAge: 15, level: 'upper-secondary' },
      ],
    },
    basis: cite(
      'decree',
      DECREE,
      APPENDIX,
      'U',
      'the level right for the school age (year the school year began − birth year)',
    ),
  },
  {
    id: 'housingQuality',
    service: 'housing',
    label: { vi: 'Chất lượng nhà ở', en: 'Housing quality' },
    rule: { kind: 'dwelling-structures', minimumNonDurable: 2 },
    basis: cite(
      'decree',
      DECREE,
      APPENDIX,
      'U',
      'no dwelling, or at least 2 of foundation/columns, frame/walls, roof non-durable',
    ),
  },
  {
    id: 'housingArea',
    service: 'housing',
    label: { vi: 'Diện tích nhà ở bình quân đầu người', en: 'Floor area per person' },
    rule: { kind: 'floor-area-per-member', minimumM2: 8 },
    basis: cite('decree', DECREE, APPENDIX, 'U', 'value widely reported'),
  },
  {
    id: 'water',
    service: 'water-sanitation',
    label: { vi: 'Nguồn nước sinh hoạt', en: 'Domestic water' },
    rule: {
      kind: 'water-source',
      safe: [
        'piped',
        'drilled-well',
        'protected-dug-well',
        'protected-spring',
        'rainwater',
        'bottled',
      ],
    },
    basis: cite('decree', DECREE, APPENDIX, 'U'),
  },
  {
    id: 'sanitation',
    service: 'water-sanitation',
    label: { vi: 'Nhà tiêu hợp vệ sinh', en: 'Hygienic latrine' },
    rule: {
      kind: 'latrine',
      hygienic: ['septic', 'semi-septic', 'pour-flush', 'double-vault', 'ventilated-pit', 'biogas'],
    },
    basis: cite('decree', DECREE, APPENDIX, 'U'),
  },
  {
    id: 'telecom',
    service: 'information',
    label: { vi: 'Sử dụng dịch vụ viễn thông', en: 'Use of telecommunication services' },
    rule: { kind: 'member-uses', services: ['usesInternet'] },
    basis: cite('decree', DECREE, APPENDIX, 'U', 'no member uses internet services'),
  },
  {
    id: 'informationAccess',
    service: 'information',
    label: { vi: 'Phương tiện phục vụ tiếp cận thông tin', en: 'Means of access to information' },
    rule: {
      kind: 'information-devices',
      devices: ['television', 'radio', 'computer', 'smartphone'],
      loudspeakerCounts: false,
    },
    basis: cite('decree', DECREE, APPENDIX, 'U'),
  },
];

const line = (amount: number, grade: 'L' | 'S', article: string, note?: string) =>
  ({ amount, per: 'month', basis: cite('decree', DECREE, article, grade, note) }) as const;

const MIDDLE_BAND_NOTE = 'restated with its article by legal information sites; text not read';

/** Decree 30/2025 Art. 1.3 rewrites point d of Decree 07/2021 Art. 3.2: the low-income worker. */
const LOW_INCOME_WORKER_ARTICLE = '3.2(d)';
const lowIncomeLine = (amount: number) =>
  ({
    amount,
    per: 'month',
    basis: cite(
      'decree',
      DECREE,
      LOW_INCOME_WORKER_ARTICLE,
      'S',
      'as amended by Decree 30/2025/NĐ-CP Art. 1.3 (English text read)',
    ),
  }) as const;

/**
 * The multidimensional poverty standard for policy years 2022–2026 (`nd07-2021`).
 *
 * @remarks Legal basis: Decree 07/2021/NĐ-CP of 27 Jan 2021 (effective 15 Mar 2021) Art. 3
 * (grade L for the lines and Art. 3.2), amended by Decree 30/2025/NĐ-CP of 24 Feb 2025 (the
 * low-income worker rule), kept for 2026 by Decree 351/2025/NĐ-CP (grade N). Single-tier test:
 * income at or below the line with 3 or more deprivations is poor, with fewer near-poor.
 *
 * @example
 * ```ts
 * import { ND07_2021 } from 'vn-poverty';
 * ND07_2021.lines.rural.poverty.amount; //=> 1500000
 * ND07_2021.indicators.length; //=> 12
 * ND07_2021.classification.incomeAloneMakesPoor; //=> false
 * ```
 *
 * @see {@link !"The standards" | The standards}
 * @see {@link !"Readings" | Readings}
 */
export const ND07_2021: Standard<Nd07IndicatorId> = publishStandard({
  id: 'nd07-2021',
  title: {
    vi: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025 (áp dụng đến 2026)',
    en: 'Multidimensional poverty standard 2022–2025 (applied to 2026)',
  },
  provisional: false,
  basis: [
    cite('decree', DECREE, '3', 'L', 'effective 15 Mar 2021'),
    cite('decree', '30/2025/NĐ-CP', undefined, 'L', 'amends Decree 07/2021 from 24 Feb 2025'),
    cite('decree', '351/2025/NĐ-CP', undefined, 'N', 'keeps this standard for policy year 2026'),
  ],
  policyYears: { from: 2022, to: 2026 },
  lines: {
    rural: {
      poverty: line(1_500_000, 'L', '3.1(a)'),
      nearPoverty: line(1_500_000, 'L', '3.2(b)'),
      middleUpper: line(2_250_000, 'S', '3.2(c)', MIDDLE_BAND_NOTE),
    },
    urban: {
      poverty: line(2_000_000, 'L', '3.1(a)'),
      nearPoverty: line(2_000_000, 'L', '3.2(b)'),
      middleUpper: line(3_000_000, 'S', '3.2(c)', MIDDLE_BAND_NOTE),
    },
  },
  classification: {
    deprivationThreshold: 3,
    incomeAloneMakesPoor: false,
    basis: cite('decree', DECREE, '3.2', 'L'),
  },
  indicators: ND07_INDICATORS,
  survey: {
    scoreACutoff: { rural: 140, urban: 175 },
    pointsPerIndicator: 10,
    poorScoreBAtLeast: 30,
    basis: cite(
      'circular',
      '07/2021/TT-BLĐTBXH',
      'Annexes III–IV',
      'S',
      'amended by Circular 02/2022/TT-BLĐTBXH',
    ),
  },
  lowIncomeWorker: {
    effectiveFrom: '2025-02-24',
    programmeYears: { from: 2021, to: 2025 },
    lines: { rural: lowIncomeLine(2_250_000), urban: lowIncomeLine(3_000_000) },
    workers: {
      minimumAge: 15,
      belowRetirementAge: true,
      work: ['wage-with-contract', 'wage-without-contract', 'self-employed', 'unpaid-family-work'],
      basis: cite(
        'decree',
        DECREE,
        LOW_INCOME_WORKER_ARTICLE,
        'U',
        'the text says "a member of a household"; read as a member of working age (15 to the retirement age of Decree 135/2020/NĐ-CP) who works: people past retirement age who work are left out on no text',
      ),
    },
    basis: cite(
      'decree',
      DECREE,
      LOW_INCOME_WORKER_ARTICLE,
      'S',
      'as amended by Decree 30/2025/NĐ-CP Art. 1.3, in force 24 Feb 2025; Art. 1.1 scopes it to the programme for 2021–2025, Art. 1.2 to households and individuals',
    ),
  },
});
