import type { Message } from '../i18n/message';
import { formatVnd } from '../money/format-vnd';
import type { Standard } from '../standards/types';
import { isUnpublished } from './income-test';
import type { IncomeAssessment, IncomeComparison, Reason } from './types';

const LINE_NAMES = {
  poverty: { vi: 'chuẩn nghèo', en: 'the poverty line' },
  'near-poverty': { vi: 'chuẩn cận nghèo', en: 'the near-poverty line' },
  'middle-upper': { vi: 'mức trần của mức sống trung bình', en: 'the top of the middle band' },
} as const;

const PER = { month: { vi: 'tháng', en: 'month' }, year: { vi: 'năm', en: 'year' } } as const;

function comparisonText(c: IncomeComparison): Message {
  const relation = c.atOrBelow ? '≤' : '>';
  const name = LINE_NAMES[c.line];
  const verdict = c.atOrBelow
    ? { vi: 'không vượt', en: 'at or below' }
    : { vi: 'trên', en: 'above' };
  return {
    vi: `${verdict.vi} ${name.vi} ${formatVnd(c.amount)}/người/${PER[c.per].vi} (${formatVnd(c.householdValue)} ${relation} ${formatVnd(c.lineValue)})`,
    en: `${verdict.en} ${name.en} of ${formatVnd(c.amount, 'en')} per person per ${PER[c.per].en} (${formatVnd(c.householdValue, 'en')} ${relation} ${formatVnd(c.lineValue, 'en')})`,
  };
}

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

function measuredReason(income: IncomeAssessment): Reason {
  const firstAtOrBelow = income.comparisons.findIndex((c) => c.atOrBelow);
  const relevant =
    firstAtOrBelow < 0 ? income.comparisons : income.comparisons.slice(0, firstAtOrBelow + 1);
  const decisive = relevant[relevant.length - 1] as IncomeComparison;
  const clauses = relevant.map(comparisonText);
  const perCapita = income.monthlyPerCapita ?? 0;
  const rounded =
    income.monthlyPerCapitaRounding === 'half-up-to-dong' &&
    income.annualTotal !== perCapita * 12 * income.memberCount;
  const approx = rounded ? '≈' : '';
  const band = income.bands.length === 1 ? income.bands[0] : undefined;
  const scale = SCALE[decisive.scale];
  return {
    code: band === undefined ? 'income-above-poverty-middle-band-unpublished' : BAND_CODES[band],
    message: {
      vi: `Thu nhập bình quân ${approx}${formatVnd(perCapita)}/người/tháng: ${clauses.map((c) => c.vi).join('; ')} (${scale.vi}).`,
      en: `Income per capita of ${approx}${formatVnd(perCapita, 'en')} a month: ${clauses.map((c) => c.en).join('; ')} (${scale.en}).`,
    },
    values: {
      householdValue: decisive.householdValue,
      lineValue: decisive.lineValue,
      line: decisive.line,
    },
    basis: decisive.basis,
  };
}

function proxyReason(income: IncomeAssessment, standard: Standard): Reason {
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
  const at = (income.proxyScore ?? 0) <= income.scoreACutoff;
  return {
    code: at ? 'proxy-score-at-or-below-cutoff' : 'proxy-score-above-cutoff',
    message: {
      vi: `Điểm A = ${income.proxyScore} ${at ? '≤' : '>'} ${income.scoreACutoff} điểm (tương đương chuẩn nghèo).`,
      en: `Score A = ${income.proxyScore} is ${at ? 'at or below' : 'above'} ${income.scoreACutoff} points (the poverty line's equivalent).`,
    },
    values: { proxyScore: income.proxyScore ?? 0, scoreACutoff: income.scoreACutoff },
    basis: survey.basis,
  };
}

/** The reason that states where income stands, with the exact figures compared. */
export function incomeReason(income: IncomeAssessment, standard: Standard): Reason {
  return income.form === 'proxy-score' ? proxyReason(income, standard) : measuredReason(income);
}
