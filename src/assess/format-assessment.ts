import { CATEGORY_LABELS } from '../i18n/category-labels';
import { fieldName } from '../i18n/field-names';
import type { Message } from '../i18n/message';
import { POVERTY_LABELS } from '../i18n/poverty-labels';
import { valueName } from '../i18n/value-names';
import type { EvidenceValue, EvidenceValues, MemberEvidence } from '../indicators/finding';
import { formatCitation, type Language } from '../law/format-citation';
import { formatVnd } from '../money/format-vnd';
import type { Assessment, IncomeAssessment, IncomeComparison, IndicatorResult } from './types';

/** Options of {@link formatAssessment}. */
export interface FormatAssessmentOptions {
  /** `vi` (default) or `en`. */
  readonly language?: Language;
}

const WORDS = {
  household: { vi: 'Hộ', en: 'Household' },
  standard: { vi: 'chuẩn', en: 'standard' },
  on: { vi: 'ngày', en: 'on' },
  programme: { vi: 'Trả lời cho chương trình', en: 'For the programme' },
  income: { vi: 'Thu nhập', en: 'Income' },
  perYear: { vi: '/năm', en: ' a year' },
  members: { vi: 'người', en: 'members' },
  perCapita: { vi: 'bình quân ', en: '' },
  perMonth: { vi: '/người/tháng', en: ' per person a month' },
  rounded: { vi: ' (làm tròn để hiển thị)', en: ' (rounded for display)' },
  proxy: { vi: 'Điểm A', en: 'Score A' },
  cutoff: { vi: 'ngưỡng', en: 'cut-off' },
  deprived: { vi: 'Chỉ số thiếu hụt', en: 'Deprived indicators' },
  unknown: { vi: 'Chỉ số chưa rõ', en: 'Unknown indicators' },
  declared: { vi: 'kê khai trên phiếu B2', en: 'declared on form B2' },
  member: { vi: 'thành viên', en: 'member' },
  of: { vi: 'của', en: 'of' },
  years: { vi: 'tuổi', en: 'years old' },
  needs: { vi: 'Cần', en: 'Needs' },
  reasons: { vi: 'Lý do', en: 'Why' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  needed: { vi: 'Cần bổ sung để kết luận', en: 'Needed to decide' },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  declaredValue: {
    vi: 'giá trị kê khai (phiếu B2) của chỉ số',
    en: 'the value declared on form B2 for',
  },
  middleBand: {
    vi: 'mức trần của mức sống trung bình (chưa công bố)',
    en: 'the top of the middle band (unpublished)',
  },
  survey: {
    vi: 'ngưỡng điểm của phương pháp chấm điểm (chưa công bố)',
    en: 'the survey scoring cut-offs (unpublished)',
  },
  lines: {
    poverty: { vi: 'chuẩn nghèo', en: 'poverty line' },
    'near-poverty': { vi: 'chuẩn cận nghèo', en: 'near-poverty line' },
    'middle-upper': { vi: 'trần mức sống trung bình', en: 'top of the middle band' },
  },
} as const;

/** A number as people write it: `7,75` and `1.500.000` in Vietnamese, `7.75` and `1,500,000` in English. */
function formatNumber(value: number, language: Language): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.');
  const thousands = language === 'vi' ? '.' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  const sign = value < 0 ? '-' : '';
  return fraction === undefined
    ? `${sign}${grouped}`
    : `${sign}${grouped}${language === 'vi' ? ',' : '.'}${fraction}`;
}

function formatValue(value: EvidenceValue, language: Language): string {
  if (typeof value === 'number') return formatNumber(value, language);
  if (typeof value === 'boolean') return (value ? WORDS.yes : WORDS.no)[language];
  if (typeof value === 'string') return valueName(value, language);
  return value.length === 0 ? '—' : value.map((item) => valueName(item, language)).join(', ');
}

function formatValues(values: EvidenceValues, language: Language): string {
  return Object.entries(values)
    .map(([key, value]) => `${fieldName(key, language)}: ${formatValue(value, language)}`)
    .join('; ');
}

/**
 * A path into the household, the standard or form B2, in words: `members[1].work` → "tình trạng
 * việc làm của thành viên b (members[1].work)".
 */
function describePath(
  path: string,
  memberIds: ReadonlyMap<number, string>,
  language: Language,
): string {
  const member = /^members\[(\d+)\]\.(.+)$/.exec(path);
  if (member !== null) {
    const id = memberIds.get(Number(member[1]));
    const who = id === undefined ? member[1] : id;
    return `${fieldName(member[2] ?? '', language)} ${WORDS.of[language]} ${WORDS.member[language]} ${who} (${path})`;
  }
  const declared = /^declared\.(.+)$/.exec(path);
  if (declared !== null) return `${WORDS.declaredValue[language]} ${declared[1]} (${path})`;
  if (/^standard\.lines\.\w+\.middleUpper$/.test(path))
    return `${WORDS.middleBand[language]} (${path})`;
  if (path === 'standard.survey') return `${WORDS.survey[language]} (${path})`;
  return `${fieldName(path.split('.').pop() ?? path, language)} (${path})`;
}

function comparisonLine(c: IncomeComparison, language: Language): string {
  const per = c.per === 'month' ? { vi: 'tháng', en: 'month' } : { vi: 'năm', en: 'year' };
  const relation = c.atOrBelow ? '≤' : '>';
  const unit = language === 'vi' ? `/người/${per.vi}` : ` per person a ${per.en}`;
  return `  • ${WORDS.lines[c.line][language]} ${formatVnd(c.amount, language)}${unit}: ${formatVnd(c.householdValue, language)} ${relation} ${formatVnd(c.lineValue, language)}`;
}

function incomeLines(income: IncomeAssessment, language: Language): string[] {
  const t = (words: Message) => words[language];
  if (income.form === 'proxy-score') {
    const cutoff =
      income.scoreACutoff === undefined ? '' : ` (${t(WORDS.cutoff)} ${income.scoreACutoff})`;
    return [`${t(WORDS.income)}: ${t(WORDS.proxy)} = ${income.proxyScore}${cutoff}`];
  }
  const total =
    income.annualTotal === undefined
      ? ''
      : `${formatVnd(income.annualTotal, language)}${t(WORDS.perYear)}, `;
  const perCapita = income.monthlyPerCapita ?? 0;
  const inexact =
    income.annualTotal !== undefined && perCapita * 12 * income.memberCount !== income.annualTotal;
  const rounded = inexact ? t(WORDS.rounded) : '';
  const head = `${t(WORDS.income)}: ${total}${income.memberCount} ${t(WORDS.members)}: ${t(WORDS.perCapita)}${formatVnd(perCapita, language)}${t(WORDS.perMonth)}${rounded}`;
  return [head, ...income.comparisons.map((c) => comparisonLine(c, language))];
}

function memberLine(member: MemberEvidence, language: Language): string {
  const facts = formatValues(member.values, language);
  const who = `${WORDS.member[language]} ${member.memberId}, ${member.ageYears} ${WORDS.years[language]}`;
  return `      – ${who}${facts === '' ? '' : `: ${facts}`}`;
}

function indicatorLines(indicator: IndicatorResult, language: Language): string[] {
  const declared = indicator.source === 'declared' ? ` (${WORDS.declared[language]})` : '';
  const lines = [
    `  • ${indicator.label[language]}${declared}: ${indicator.reason.message[language]}`,
  ];
  for (const member of indicator.memberValues) lines.push(memberLine(member, language));
  const figures = formatValues(indicator.values, language);
  if (figures !== '') lines.push(`      ${figures}`);
  if (indicator.missing.length > 0) {
    const ids = new Map(
      indicator.memberValues.map((member) => [member.memberIndex, member.memberId]),
    );
    const needs = indicator.missing.map((path) => describePath(path, ids, language));
    lines.push(`      ${WORDS.needs[language]}: ${needs.join('; ')}`);
  }
  lines.push(`      ${formatCitation(indicator.basis, language)}`);
  return lines;
}

function headLines(assessment: Assessment, language: Language): string[] {
  const id = assessment.householdId === undefined ? '' : ` ${assessment.householdId}`;
  const head = `${WORDS.household[language]}${id} (${WORDS.standard[language]} ${assessment.standardId}, ${WORDS.on[language]} ${assessment.on}): ${CATEGORY_LABELS[assessment.category][language]}`;
  // When the middle band cannot decide, the programme's question may still be answered.
  if (assessment.category !== 'undetermined' || assessment.poverty === 'undetermined')
    return [head];
  return [head, `${WORDS.programme[language]}: ${POVERTY_LABELS[assessment.poverty][language]}`];
}

/**
 * Writes an assessment as text an officer can read, Vietnamese first: the category (and the
 * programme's answer when only the middle band is undecided), the income with every exact
 * comparison, each deprived or unknown indicator by name with the members concerned (their ages
 * and the facts read), the figures compared, what is missing in words and the legal basis, then
 * the reasons, the notes, and what would decide an undetermined household.
 *
 * @remarks The text is for display; programs read the assessment's data and codes. Everything
 * printed comes from the assessment itself, so derived standards read as well as national ones.
 *
 * @param assessment - an assessment from {@link assessHousehold} or {@link createAssessor}
 * @param options - the language
 * @returns several lines of text
 *
 * @example
 * ```ts
 * import { assessHousehold, formatAssessment, parseHousehold } from 'vn-poverty';
 * const parsed = parseHousehold({
 *   id: 'HH-9',
 *   area: 'rural',
 *   income: { annualTotal: 18000001 },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1970', ethnicity: 'Kinh', healthInsurance: false }],
 *   dwelling: { none: true },
 *   water: 'piped', latrine: 'septic', devices: [],
 * });
 * if (!parsed.success) throw new Error('invalid');
 * const text = formatAssessment(assessHousehold(parsed.data, { on: '2024-06-01' }));
 * text.split('\n')[0]; //=> 'Hộ HH-9 (chuẩn nd07-2021, ngày 2024-06-01): hộ có mức sống trung bình'
 * text.includes('18.000.001 đồng > 18.000.000 đồng'); //=> true
 * text.includes('– thành viên a, 54 tuổi: thẻ bảo hiểm y tế: không'); //=> true
 * ```
 *
 * @see {@link !"Getting started" | Getting started}
 */
export function formatAssessment(
  assessment: Assessment,
  options: FormatAssessmentOptions = {},
): string {
  const language = options.language ?? 'vi';
  const t = (words: Message) => words[language];
  const lines = [...headLines(assessment, language), ...incomeLines(assessment.income, language)];
  for (const status of ['deprived', 'unknown'] as const) {
    const found = assessment.indicators.filter((i) => i.status === status);
    if (found.length === 0) continue;
    lines.push(`${t(status === 'deprived' ? WORDS.deprived : WORDS.unknown)} (${found.length}):`);
    for (const indicator of found) lines.push(...indicatorLines(indicator, language));
  }
  lines.push(
    `${t(WORDS.reasons)}:`,
    ...assessment.reasons.map((r) => `  • ${r.message[language]}`),
  );
  if (assessment.notes.length > 0)
    lines.push(`${t(WORDS.notes)}:`, ...assessment.notes.map((n) => `  • ${n.message[language]}`));
  if (assessment.decidingFacts.length > 0) {
    const ids = new Map<number, string>();
    for (const fact of assessment.decidingFacts) {
      const index = /^members\[(\d+)\]/.exec(fact.path)?.[1];
      if (index !== undefined && fact.memberId !== undefined) ids.set(Number(index), fact.memberId);
    }
    const needed = assessment.decidingFacts.map((fact) => describePath(fact.path, ids, language));
    lines.push(`${t(WORDS.needed)}:`, ...needed.map((need) => `  • ${need}`));
  }
  return lines.join('\n');
}
