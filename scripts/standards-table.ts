import { VALUE_NAMES } from '../src/i18n/value-names';
import {
  type AreaLines,
  formatCitation,
  formatVnd,
  type IncomeLine,
  type IndicatorDefinition,
  type IndicatorRule,
  type IndicatorRuleKind,
  type LegalCitation,
  NATIONAL_STANDARDS,
  type ServiceId,
  type Standard,
  type Unpublished,
} from '../src/index';

/*
 * The guide page that states the national standards rule by rule, in words a legal reader checks
 * against the decrees (English, with the Vietnamese terms), generated from the editions' data:
 * every line, rule and indicator with its citation and grade. `npm run docs:standards` writes it;
 * a test keeps docs/standards.md equal to it.
 */

/** A citation with its note: `Decree 07/2021/NĐ-CP, Art. 3.2 (grade L): effective 15 Mar 2021`. */
function cited(basis: LegalCitation): string {
  const text = formatCitation(basis, 'en');
  return escapeCell(basis.note === undefined ? text : `${text}: ${basis.note}`);
}

/** Text for a markdown table cell. */
const escapeCell = (text: string): string => text.replaceAll('|', '\\|');

/** A value of the household contract in English words, with its Vietnamese term. */
function term(value: string): string {
  const name = VALUE_NAMES.get(value);
  return name === undefined ? `\`${value}\`` : `${name.en} (${name.vi})`;
}

/** `a`, `a or b`, `a, b or c`. */
function either(items: readonly string[], last = 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

const SERVICES: Readonly<Record<ServiceId, string>> = {
  employment: 'employment (việc làm)',
  health: 'health (y tế)',
  education: 'education (giáo dục)',
  housing: 'housing (nhà ở)',
  'water-sanitation': 'water and sanitation (nước sạch và vệ sinh)',
  'water-sanitation-environment':
    'water, sanitation and environment (nước sạch, vệ sinh và môi trường)',
  information: 'information (thông tin)',
};

const USES: Readonly<Record<'usesInternet' | 'usesPhone', string>> = {
  usesInternet: 'internet services (dịch vụ internet)',
  usesPhone: 'a telephone subscription (thuê bao điện thoại)',
};

type Sentences = {
  [Kind in IndicatorRuleKind]: (rule: Extract<IndicatorRule, { kind: Kind }>) => string;
};

/** Each rule kind as the condition under which a household is deprived. */
const DEPRIVED_WHEN: Sentences = {
  'working-age-work': (rule) =>
    `a member of working age (độ tuổi lao động: from ${rule.minimumAge} completed years up to the statutory retirement age) is in one of these work situations: ${either(rule.depriving.map(term))}`,
  'dependants-share': (rule) =>
    `dependants (người phụ thuộc) are more than ${rule.shareAbove.numerator}/${rule.shareAbove.denominator} of the members; a dependant is a child under ${rule.childUnderAge}, a person aged ${rule.elderlyFromAge} or over${rule.elderlyNeedAllowance ? ' who receives a monthly social allowance (trợ cấp xã hội hằng tháng)' : ''}, or a person with a disability (người khuyết tật) who receives a monthly social allowance`,
  'child-nutrition': (rule) =>
    `a child under ${rule.underAge} is ${either(rule.depriving.map(term))}`,
  'health-insurance': (rule) =>
    `a member aged ${rule.minimumAge} or over has no valid health-insurance card (thẻ bảo hiểm y tế)`,
  'adult-qualification': (rule) =>
    `${rule.bands
      .map((band) => {
        const ages =
          band.toAge === null ? `${band.fromAge} or over` : `${band.fromAge} to ${band.toAge}`;
        const born = band.bornFromYear === null ? '' : ` and born in ${band.bornFromYear} or later`;
        return `a member aged ${ages}${born} holds none of: ${either(band.qualifying.map(term))}`;
      })
      .join(
        '; or ',
      )}; and that member is not in school or training${rule.employerCertificationCounts ? ', nor trained on the job with a certificate from the employer' : ''}`,
  'school-attendance': (rule) => {
    const range = `a child aged ${rule.fromAge} to under ${rule.underAge}`;
    if (rule.expectedLevels.length === 0) return `${range} does not attend school`;
    const levels = rule.expectedLevels.map((level, index) => {
      const next = rule.expectedLevels[index + 1]?.fromSchoolAge;
      const ages =
        next === undefined
          ? `${level.fromSchoolAge} and over`
          : index === 0
            ? `under ${next}`
            : `${level.fromSchoolAge} to ${next - 1}`;
      return `${ages}: ${term(level.level)}`;
    });
    return `${range} does not attend school, or attends below the level for their school age (the year the school year began, in month ${rule.schoolYearStartMonth}, minus the birth year): ${levels.join('; ')}`;
  },
  'dwelling-structures': (rule) =>
    `the household has no dwelling, or at least ${rule.minimumNonDurable} of the three main structures (foundation or columns, frame or walls, roof: móng/cột, khung/tường, mái) are of non-durable materials`,
  'floor-area-per-member': (rule) =>
    `the household has no dwelling, or less than ${rule.minimumM2} m² of floor area per member`,
  'water-source': (rule) =>
    `the main domestic water source is none of: ${either(rule.safe.map(term))}`,
  latrine: (rule) => `the latrine is none of: ${either(rule.hygienic.map(term))}`,
  'member-uses': (rule) =>
    `no member uses ${either(rule.services.map((service) => USES[service]))}`,
  'information-devices': (rule) =>
    `the household owns none of: ${either(rule.devices.map(term))}${rule.loudspeakerCounts ? ', and cannot hear the commune or village loudspeaker (loa truyền thanh)' : ''}`,
  'sick-without-care': () =>
    'a member was sick (bedridden, or unable to work or study) in the last 12 months and did not seek medical care (khám chữa bệnh)',
  'waste-treatment': (rule) =>
    `the household's waste is treated in none of these ways: ${either(rule.adequate.map(term))}`,
  unpublished: (rule) => `not published: ${rule.note}`,
};

function deprivedWhen(rule: IndicatorRule): string {
  const sentence = DEPRIVED_WHEN[rule.kind] as (rule: IndicatorRule) => string;
  return escapeCell(sentence(rule));
}

function isUnpublished(value: object): value is Unpublished {
  return 'unpublished' in value;
}

function amount(line: IncomeLine | Unpublished): string {
  if (isUnpublished(line)) return 'unpublished';
  return `${formatVnd(line.amount, 'en')} a ${line.per}`;
}

function basisCell(rural: IncomeLine | Unpublished, urban: IncomeLine | Unpublished): string {
  if (isUnpublished(rural) || isUnpublished(urban)) {
    const notes = [...new Set([rural, urban].map((line) => ('note' in line ? line.note : '')))];
    return notes.filter((note) => note !== '').join('; ');
  }
  const [a, b] = [cited(rural.basis), cited(urban.basis)];
  return a === b ? a : `rural: ${a}; urban: ${b}`;
}

const LINES: readonly [keyof AreaLines, string][] = [
  ['poverty', 'poverty line (chuẩn nghèo): at or below it, income-poor'],
  ['nearPoverty', 'near-poverty line (chuẩn cận nghèo)'],
  ['middleUpper', 'top of the middle band (mức sống trung bình), inclusive'],
];

function linesTable(standard: Standard): string[] {
  return [
    '| line, per person | rural (nông thôn) | urban (thành thị) | legal basis |',
    '| --- | --- | --- | --- |',
    ...LINES.map(([key, name]) => {
      const rural = standard.lines.rural[key];
      const urban = standard.lines.urban[key];
      return `| ${name} | ${amount(rural)} | ${amount(urban)} | ${basisCell(rural, urban)} |`;
    }),
  ];
}

function classification(standard: Standard): string {
  const { deprivationThreshold: threshold, incomeAloneMakesPoor, basis } = standard.classification;
  const rule = incomeAloneMakesPoor
    ? `Two tiers: income at or below the poverty line makes a household poor whatever its deprivations; income above the poverty line and at or below the near-poverty line makes it poor with ${threshold} or more deprivations and near-poor with fewer`
    : `A single tier: income at or below the poverty line makes a household poor with ${threshold} or more deprivations and near-poor (hộ cận nghèo) with fewer, however low the income`;
  const unpublishedBand = isUnpublished(standard.lines.rural.middleUpper);
  const middle = unpublishedBand
    ? 'the top of the middle band is unpublished, so above the near-poverty line the category is undetermined between a middle living standard and not poor, while the programme’s question (poor, near-poor or neither) is answered: neither'
    : 'income above the near-poverty line and at or below the top of the middle band is a middle living standard (hộ có mức sống trung bình); above it, not poor';
  return `**Categories.** ${rule}; ${middle}. ${cited(basis)}.`;
}

function survey(standard: Standard): string {
  const scoring = standard.survey;
  if (isUnpublished(scoring))
    return `**Survey scoring (phương pháp chấm điểm).** Not encoded: ${scoring.note}.`;
  return `**Survey scoring (phương pháp chấm điểm).** Where income is estimated by score A (form B1), a score at or below ${scoring.scoreACutoff.rural} points (rural) or ${scoring.scoreACutoff.urban} (urban) stands for income at or below the poverty line; score B (form B2) is ${scoring.pointsPerIndicator} points per deprived indicator, and ${scoring.poorScoreBAtLeast} or more is the deprivation test. ${cited(scoring.basis)}.`;
}

function lowIncomeWorker(standard: Standard): string {
  const rule = standard.lowIncomeWorker;
  const title = '**Low-income worker (người lao động có thu nhập thấp).**';
  if (rule === null) return `${title} No such rule.`;
  if (isUnpublished(rule)) return `${title} Unknown: ${rule.note}.`;
  const { workers } = rule;
  const upTo = workers.belowRetirementAge ? ' up to the statutory retirement age' : '';
  return `${title} From ${rule.effectiveFrom}, for the programme years ${rule.programmeYears.from}–${rule.programmeYears.to}: a member of a household that is neither poor nor near-poor, whose monthly income per capita is at most ${amount(rule.lines.rural)} (rural) or ${amount(rule.lines.urban)} (urban). ${cited(rule.basis)}. A worker is read as a member aged ${workers.minimumAge}${upTo} whose work is ${either(workers.work.map(term))}: ${cited(workers.basis)}.`;
}

/** Says that an indicator's cut-off is another standard's, carried over unverified. */
function carriedOver(indicator: IndicatorDefinition): string {
  const from = indicator.carriedOverFrom;
  return from === undefined ? '' : `(the cut-off of \`${from}\`, carried over unverified) `;
}

function indicatorsTable(standard: Standard): string[] {
  return [
    '| # | id | indicator | service | deprived when | legal basis |',
    '| --- | --- | --- | --- | --- | --- |',
    ...standard.indicators.map(
      (indicator, index) =>
        `| ${index + 1} | \`${indicator.id}\` | ${indicator.label.en} (${indicator.label.vi}) | ${SERVICES[indicator.service]} | ${carriedOver(indicator)}${deprivedWhen(indicator.rule)} | ${cited(indicator.basis)} |`,
    ),
  ];
}

function section(standard: Standard): string {
  return [
    `## \`${standard.id}\`: ${standard.title.en}`,
    '',
    `${standard.title.vi}. Policy years ${standard.policyYears.from}–${standard.policyYears.to}${standard.provisional ? '; **provisional**: parts of it are unknown, each said where it applies' : ''}.`,
    '',
    `Legal basis: ${standard.basis.map(cited).join('; ')}.`,
    '',
    ...linesTable(standard),
    '',
    classification(standard),
    '',
    survey(standard),
    '',
    lowIncomeWorker(standard),
    '',
    `**Deprivation indicators** (chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản): ${standard.indicators.length}. Ages are completed years on the reference date; a missing fact makes an indicator unknown, never not deprived.`,
    '',
    ...indicatorsTable(standard),
    '',
  ].join('\n');
}

/** The whole page. */
export function standardsTable(): string {
  return [
    '---',
    'title: The standards',
    '---',
    '',
    '# The national standards',
    '',
    'Every rule of the three national standards, in words, with its legal basis and evidence grade',
    '(L read in the legal text; S a legal information site; N a press or portal summary; U',
    'unverified). Generated from the editions’ data by `npm run docs:standards`; a test keeps this page',
    'equal to the data. How ages, dates and money are reckoned is in [Conventions](conventions.md);',
    'every reading of grade U or N, with the parameter that changes it, is in [Readings](readings.md).',
    '',
    ...NATIONAL_STANDARDS.map(section),
  ].join('\n');
}
