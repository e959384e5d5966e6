import { CATEGORY_LABELS } from '../i18n/category-labels';
import type { Message } from '../i18n/message';
import { formatCitation, type Language } from '../law/format-citation';
import { formatVnd } from '../money/format-vnd';
import { NATIONAL_STANDARDS } from '../standards/national-standards';
import type { Standard } from '../standards/types';
import type { Assessment, IncomeAssessment, IncomeComparison } from './types';

/** Options of {@link formatAssessment}. */
export interface FormatAssessmentOptions {
  /** `vi` (default) or `en`. */
  readonly language?: Language;
  /** The standard the assessment used, for the indicators' names; national ones are found by id. */
  readonly standard?: Standard;
}

const WORDS = {
  household: { vi: 'Hộ', en: 'Household' },
  standard: { vi: 'chuẩn', en: 'standard' },
  on: { vi: 'ngày', en: 'on' },
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
  declared: { vi: 'kê khai', en: 'declared' },
  reasons: { vi: 'Lý do', en: 'Why' },
  needed: { vi: 'Cần bổ sung để kết luận', en: 'Needed to decide' },
  lines: {
    poverty: { vi: 'chuẩn nghèo', en: 'poverty line' },
    'near-poverty': { vi: 'chuẩn cận nghèo', en: 'near-poverty line' },
    'middle-upper': { vi: 'trần mức sống trung bình', en: 'top of the middle band' },
  },
} as const;

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

/**
 * Writes an assessment as text an officer can read, Vietnamese first: the category, the income
 * with every exact comparison, each deprived or unknown indicator with the members concerned and
 * its legal basis, the reasons, and what would decide an undetermined household.
 *
 * @remarks The text is for display; programs read the assessment's data and codes.
 *
 * @param assessment - an assessment from {@link assessHousehold}
 * @param options - the language, and the standard for the indicators' names
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
 * ```
 */
export function formatAssessment(
  assessment: Assessment,
  options: FormatAssessmentOptions = {},
): string {
  const language = options.language ?? 'vi';
  const t = (words: Message) => words[language];
  const standard =
    options.standard ?? NATIONAL_STANDARDS.find((s) => s.id === assessment.standardId);
  const label = (id: string) =>
    standard?.indicators.find((i) => i.id === id)?.label[language] ?? id;
  const id = assessment.householdId === undefined ? '' : ` ${assessment.householdId}`;
  const lines = [
    `${t(WORDS.household)}${id} (${t(WORDS.standard)} ${assessment.standardId}, ${t(WORDS.on)} ${assessment.on}): ${CATEGORY_LABELS[assessment.category][language]}`,
    ...incomeLines(assessment.income, language),
  ];
  for (const status of ['deprived', 'unknown'] as const) {
    const found = assessment.indicators.filter((i) => i.status === status);
    if (found.length === 0) continue;
    lines.push(`${t(status === 'deprived' ? WORDS.deprived : WORDS.unknown)} (${found.length}):`);
    for (const indicator of found) {
      const who = indicator.members.length > 0 ? ` [${indicator.members.join(', ')}]` : '';
      const declared = indicator.source === 'declared' ? ` (${t(WORDS.declared)})` : '';
      lines.push(
        `  • ${label(indicator.id)}${declared}${who}: ${indicator.reason.message[language]} ${formatCitation(indicator.basis, language)}`,
      );
    }
  }
  lines.push(
    `${t(WORDS.reasons)}:`,
    ...assessment.reasons.map((reason) => `  • ${reason.message[language]}`),
  );
  if (assessment.decidingFacts.length > 0) {
    lines.push(
      `${t(WORDS.needed)}: ${assessment.decidingFacts.map((fact) => fact.path).join(', ')}`,
    );
  }
  return lines.join('\n');
}
