import type { Area } from '../household/types';
import type { Message } from '../i18n/message';
import { formatVnd } from '../money/format-vnd';
import type { Standard } from '../standards/types';
import { copyCitation } from './copies';
import type { CategoryDecision } from './decide-category';
import { isUnpublished } from './income-test';
import { type Memo, remember } from './memo';
import type { AssessmentReasonCode, IncomeAssessment, IncomeComparison, Reason } from './types';

const LINE_NAMES = {
  poverty: { vi: 'chuẩn nghèo', en: 'the poverty line' },
  'near-poverty': { vi: 'chuẩn cận nghèo', en: 'the near-poverty line' },
  'middle-upper': { vi: 'mức trần của mức sống trung bình', en: 'the top of the middle band' },
} as const;

const PER = { month: { vi: 'tháng', en: 'month' }, year: { vi: 'năm', en: 'year' } } as const;

const SCALE: Readonly<Record<IncomeComparison['scale'], Message>> = {
  'household-annual': {
    vi: 'so sánh chính xác thu nhập năm của hộ với chuẩn × 12 × số thành viên',
    en: 'compared exactly as household annual income against line × 12 × members',
  },
  'per-capita-annual': {
    vi: 'so sánh chính xác thu nhập bình quân × 12 với chuẩn × 12',
    en: 'compared exactly as income per capita × 12 against line × 12',
  },
};

const BAND_CODES = {
  'at-or-below-poverty': 'income-at-or-below-poverty-line',
  'between-lines': 'income-between-lines',
  middle: 'income-in-middle-band',
  'above-middle': 'income-above-middle-band',
} as const;

function clause(c: IncomeComparison): Message {
  const name = LINE_NAMES[c.line];
  const verdict = c.atOrBelow
    ? { vi: 'không vượt', en: 'at or below' }
    : { vi: 'trên', en: 'above' };
  return {
    vi: `${verdict.vi} ${name.vi} ${formatVnd(c.amount)}/người/${PER[c.per].vi}`,
    en: `${verdict.en} ${name.en} of ${formatVnd(c.amount, 'en')} per person per ${PER[c.per].en}`,
  };
}

/**
 * The reason for a measured income. Its text names the lines, which depend only on the standard,
 * the area and the band, so it is shared; the household's own figures are in
 * `income.comparisons`.
 */
function measuredReason(income: IncomeAssessment): Reason<AssessmentReasonCode> {
  const clauses = income.comparisons.map(clause);
  const last = income.comparisons[income.comparisons.length - 1] as IncomeComparison;
  const band = income.bands.length === 1 ? income.bands[0] : undefined;
  const scale = SCALE[last.scale];
  return {
    code: band === undefined ? 'income-above-poverty-middle-band-unpublished' : BAND_CODES[band],
    message: {
      vi: `Thu nhập bình quân đầu người ${clauses.map((c) => c.vi).join('; ')} (${scale.vi}).`,
      en: `Income per capita is ${clauses.map((c) => c.en).join('; ')} (${scale.en}).`,
    },
    // Its own copy: `last` belongs to the first household's result, which its caller may change.
    basis: copyCitation(last.basis),
  };
}

function proxyReason(
  income: IncomeAssessment,
  standard: Standard,
  at: boolean,
): Reason<AssessmentReasonCode> {
  const survey = standard.survey;
  if (isUnpublished(survey) || income.scoreACutoff === undefined) {
    return {
      code: 'proxy-score-not-defined',
      message: {
        vi: `Chuẩn ${standard.id} không có ngưỡng điểm A được mã hoá: cần thu nhập thực tế để xét.`,
        en: `Standard ${standard.id} has no encoded score A cut-off: actual income is needed.`,
      },
    };
  }
  return {
    code: at ? 'proxy-score-at-or-below-cutoff' : 'proxy-score-above-cutoff',
    message: {
      vi: `Điểm A ${at ? 'không vượt' : 'trên'} ${income.scoreACutoff} điểm (tương đương chuẩn nghèo).`,
      en: `Score A is ${at ? 'at or below' : 'above'} ${income.scoreACutoff} points (the poverty line's equivalent).`,
    },
    values: { scoreACutoff: income.scoreACutoff },
    basis: survey.basis,
  };
}

/** The reason that states where income stands, shared by every household in the same position. */
export function incomeReason(
  income: IncomeAssessment,
  decision: CategoryDecision,
  standard: Standard,
  area: Area,
  memo: Memo<Reason<AssessmentReasonCode>>,
): Reason<AssessmentReasonCode> {
  if (income.form === 'proxy-score') {
    const at = income.scoreACutoff !== undefined && (income.proxyScore ?? 0) <= income.scoreACutoff;
    return remember(memo, (area === 'rural' ? 0 : 1) + (at ? 2 : 0), () =>
      proxyReason(income, standard, at),
    );
  }
  // The text depends on the area, the scale, which lines were compared and the bands.
  const scale = income.form === 'annual-total' ? 0 : 1;
  const key =
    4 +
    (area === 'rural' ? 0 : 1) +
    2 * (scale + 2 * (income.comparisons.length + 4 * decision.bandsMask));
  return remember(memo, key, () => measuredReason(income));
}
