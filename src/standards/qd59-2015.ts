import { cite } from '../law/cite';
import { publishStandard } from './library-standards';
import type { IndicatorDefinition, Qd59IndicatorId, Standard } from './types';

const DECISION = '59/2015/QĐ-TTg';

/**
 * The indicators are named in Art. 1 (the criteria of access to basic social services); their
 * cut-offs are readings of grade U, in the notes.
 */
const criterion = (reading?: string) =>
  cite(
    'decision',
    DECISION,
    '1',
    'U',
    reading === undefined
      ? 'named in Art. 1; cut-off unverified'
      : `named in Art. 1; read as: ${reading}`,
  );

const QD59_INDICATORS: readonly IndicatorDefinition<Qd59IndicatorId>[] = [
  {
    id: 'healthcareAccess',
    service: 'health',
    label: { vi: 'Tiếp cận các dịch vụ y tế', en: 'Access to health care' },
    rule: { kind: 'sick-without-care' },
    basis: criterion('a member sick (bedridden or unable to work or study) who did not seek care'),
  },
  {
    id: 'healthInsurance',
    service: 'health',
    label: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
    rule: { kind: 'health-insurance', minimumAge: 6 },
    basis: criterion(),
  },
  {
    id: 'adultEducation',
    service: 'education',
    label: { vi: 'Trình độ giáo dục của người lớn', en: 'Adult education' },
    rule: {
      kind: 'adult-qualification',
      bands: [
        {
          fromAge: 15,
          toAge: null,
          bornFromYear: 1986,
          qualifying: [
            'lower-secondary',
            'upper-secondary',
            'vocational-intermediate',
            'college',
            'university',
          ],
        },
      ],
      employerCertificationCounts: false,
    },
    basis: criterion(
      'aged 15 or over, born 1986 or later, lower-secondary not completed, not in school',
    ),
  },
  {
    id: 'childSchooling',
    service: 'education',
    label: { vi: 'Tình trạng đi học của trẻ em', en: 'Child school attendance' },
    rule: {
      kind: 'school-attendance',
      fromAge: 5,
      underAge: 15,
      schoolYearStartMonth: 9,
      expectedLevels: [],
    },
    basis: criterion('a child aged 5 to under 15 not attending school'),
  },
  {
    id: 'housingQuality',
    service: 'housing',
    label: { vi: 'Chất lượng nhà ở', en: 'Housing quality' },
    rule: { kind: 'dwelling-structures', minimumNonDurable: 2 },
    basis: criterion(
      'less-durable or simple dwelling: at most one of three main structures durable',
    ),
  },
  {
    id: 'housingArea',
    service: 'housing',
    label: { vi: 'Diện tích nhà ở bình quân đầu người', en: 'Floor area per person' },
    rule: { kind: 'floor-area-per-member', minimumM2: 8 },
    basis: criterion(),
  },
  {
    id: 'water',
    service: 'water-sanitation',
    label: { vi: 'Nguồn nước sinh hoạt hợp vệ sinh', en: 'Hygienic water source' },
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
    basis: criterion('hygienic sources read as the 2022 standard’s safe sources'),
  },
  {
    id: 'sanitation',
    service: 'water-sanitation',
    label: { vi: 'Hố xí/nhà tiêu hợp vệ sinh', en: 'Hygienic latrine' },
    rule: {
      kind: 'latrine',
      hygienic: ['septic', 'semi-septic', 'pour-flush', 'double-vault', 'ventilated-pit', 'biogas'],
    },
    basis: criterion(),
  },
  {
    id: 'telecom',
    service: 'information',
    label: { vi: 'Sử dụng dịch vụ viễn thông', en: 'Use of telecommunication services' },
    rule: { kind: 'member-uses', services: ['usesPhone', 'usesInternet'] },
    basis: criterion('no member uses a telephone subscription or the internet'),
  },
  {
    id: 'informationAssets',
    service: 'information',
    label: { vi: 'Tài sản phục vụ tiếp cận thông tin', en: 'Assets for access to information' },
    rule: {
      kind: 'information-devices',
      devices: ['television', 'radio', 'computer'],
      loudspeakerCounts: true,
    },
    basis: criterion('none of TV, radio, computer, and cannot hear the loudspeaker'),
  },
];

/** Art. 1.1(a) sets the poverty lines, Art. 1.1(b) the near-poverty lines. */
const line = (amount: number, article: '1.1(a)' | '1.1(b)') =>
  ({ amount, per: 'month', basis: cite('decision', DECISION, article, 'L') }) as const;

/** The middle band is a household level of Art. 2, known from summaries only. */
const middleLine = (amount: number) =>
  ({
    amount,
    per: 'month',
    basis: cite('decision', DECISION, '2', 'N', 'up to 1.5 times the near-poverty line'),
  }) as const;

/**
 * The multidimensional poverty standard for policy years 2016–2021 (`qd59-2015`).
 *
 * @remarks Legal basis: Decision 59/2015/QĐ-TTg of 19 Nov 2015 (effective 5 Jan 2016), kept for
 * 2021 by Decree 07/2021/NĐ-CP Art. 2 (grade L). Two-tier test: income at or below the poverty
 * line is poor whatever the deprivations; between the poverty and near-poverty lines, 3 or more
 * deprivations are poor and fewer near-poor (grade S). Its survey scores (Circular 17/2016) are
 * not encoded, so a proxy score cannot be classified under it.
 *
 * @example
 * ```ts
 * import { QD59_2015 } from 'vn-poverty';
 * QD59_2015.lines.urban.nearPoverty.amount; //=> 1300000
 * QD59_2015.classification.incomeAloneMakesPoor; //=> true
 * QD59_2015.indicators.length; //=> 10
 * ```
 *
 * @see {@link !"The standards" | The standards}
 * @see {@link !"Readings" | Readings}
 */
export const QD59_2015: Standard<Qd59IndicatorId> = publishStandard({
  id: 'qd59-2015',
  title: {
    vi: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (áp dụng đến 2021)',
    en: 'Multidimensional poverty standard 2016–2020 (applied to 2021)',
  },
  provisional: false,
  basis: [
    cite('decision', DECISION, undefined, 'L', 'of 19 Nov 2015, effective 5 Jan 2016'),
    cite('decree', '07/2021/NĐ-CP', '2', 'L', 'keeps this standard for 2021'),
  ],
  policyYears: { from: 2016, to: 2021 },
  lines: {
    rural: {
      poverty: line(700_000, '1.1(a)'),
      nearPoverty: line(1_000_000, '1.1(b)'),
      middleUpper: middleLine(1_500_000),
    },
    urban: {
      poverty: line(900_000, '1.1(a)'),
      nearPoverty: line(1_300_000, '1.1(b)'),
      middleUpper: middleLine(1_950_000),
    },
  },
  classification: {
    deprivationThreshold: 3,
    incomeAloneMakesPoor: true,
    basis: cite('decision', DECISION, '2', 'S'),
  },
  indicators: QD59_INDICATORS,
  survey: {
    unpublished: true,
    note: 'the 2016–2020 survey scores (Circular 17/2016/TT-BLĐTBXH) are not encoded',
  },
  lowIncomeWorker: null,
});
