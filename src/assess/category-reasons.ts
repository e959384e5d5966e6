import { CATEGORY_LABELS } from '../i18n/category-labels';
import { formatCitation } from '../law/format-citation';
import type { Standard } from '../standards/types';
import type { CategoryDecision } from './decide-category';
import { type Memo, remember } from './memo';
import type { AssessmentReasonCode, IncomeAssessment, Reason } from './types';

function deprivationReason(
  decision: CategoryDecision,
  income: IncomeAssessment,
  standard: Standard,
  deprived: number,
  unknown: number,
): Reason<AssessmentReasonCode> {
  const threshold = standard.classification.deprivationThreshold;
  const values = { deprived, unknown, threshold };
  const range =
    unknown > 0
      ? { vi: `, chưa rõ ${unknown} chỉ số`, en: `, ${unknown} unknown` }
      : { vi: '', en: '' };
  const scoreB =
    income.form === 'proxy-score' && income.scoreB
      ? {
          vi: ` (điểm B ${income.scoreB.min}–${income.scoreB.max})`,
          en: ` (score B ${income.scoreB.min}–${income.scoreB.max})`,
        }
      : { vi: '', en: '' };
  const { atFewest, atMost } = decision.deprivationTest;
  if (atFewest) {
    return {
      code: 'deprivations-meet-threshold',
      message: {
        vi: `Hộ thiếu hụt ${deprived} chỉ số${range.vi}${scoreB.vi}: đạt ngưỡng từ ${threshold} chỉ số trở lên.`,
        en: `Deprived on ${deprived} indicator(s)${range.en}${scoreB.en}: at least the threshold of ${threshold}.`,
      },
      values,
      basis: standard.classification.basis,
    };
  }
  if (!atMost) {
    return {
      code: 'deprivations-below-threshold',
      message: {
        vi: `Hộ thiếu hụt ${deprived} chỉ số${range.vi}${scoreB.vi}: dưới ngưỡng ${threshold} chỉ số${unknown > 0 ? ' kể cả khi các chỉ số chưa rõ đều thiếu hụt' : ''}.`,
        en: `Deprived on ${deprived} indicator(s)${range.en}${scoreB.en}: below the threshold of ${threshold}${unknown > 0 ? ' even if every unknown one were deprived' : ''}.`,
      },
      values,
      basis: standard.classification.basis,
    };
  }
  return {
    code: 'deprivations-depend-on-unknowns',
    message: {
      vi: `Hộ thiếu hụt ${deprived} chỉ số${range.vi}: có thể từ ${deprived} đến ${deprived + unknown}, ngưỡng là ${threshold}.`,
      en: `Deprived on ${deprived} indicator(s)${range.en}: between ${deprived} and ${deprived + unknown} in all, against a threshold of ${threshold}.`,
    },
    values,
    basis: standard.classification.basis,
  };
}

function outcomeReasons(
  decision: CategoryDecision,
  income: IncomeAssessment,
  standard: Standard,
  unknown: number,
): Reason<AssessmentReasonCode>[] {
  const rule = standard.classification;
  const incomePoor = income.bands.length === 1 && income.bands[0] === 'at-or-below-poverty';
  const reasons: Reason<AssessmentReasonCode>[] = [];
  if (decision.category === 'near-poor' && incomePoor && !rule.incomeAloneMakesPoor) {
    const basis = formatCitation(rule.basis, 'vi');
    reasons.push({
      code: 'income-poor-but-too-few-deprivations',
      message: {
        vi: `Thu nhập không vượt chuẩn nghèo nhưng thiếu hụt dưới ${rule.deprivationThreshold} chỉ số, nên là hộ cận nghèo, không phải hộ nghèo (${basis}).`,
        en: `Income is at or below the poverty line but fewer than ${rule.deprivationThreshold} indicators are deprived, so the household is near-poor, not poor (${formatCitation(rule.basis, 'en')}).`,
      },
      basis: rule.basis,
    });
  }
  if (
    decision.category === 'poor' &&
    incomePoor &&
    rule.incomeAloneMakesPoor &&
    !decision.deprivationTest.atFewest
  ) {
    reasons.push({
      code: 'income-alone-makes-poor',
      message: {
        vi: `Theo chuẩn ${standard.id}, thu nhập không vượt chuẩn nghèo là hộ nghèo, không xét số chỉ số thiếu hụt.`,
        en: `Under ${standard.id}, income at or below the poverty line alone makes a household poor.`,
      },
      basis: rule.basis,
    });
  }
  if (decision.category !== 'undetermined' && unknown > 0) {
    reasons.push({
      code: 'unknowns-do-not-change-category',
      message: {
        vi: `${unknown} chỉ số chưa rõ không làm thay đổi kết quả: mọi khả năng đều cho cùng một phân loại.`,
        en: `The ${unknown} unknown indicators cannot change the result: every possibility gives the same category.`,
      },
      values: { unknown },
    });
  }
  if (decision.category === 'undetermined') {
    const names = (lang: 'vi' | 'en') =>
      decision.possible
        .map((c) => CATEGORY_LABELS[c][lang])
        .join(lang === 'vi' ? ' hoặc ' : ' or ');
    reasons.push({
      code: 'category-undetermined',
      message: {
        vi: `Chưa xác định được: hộ có thể là ${names('vi')}, tuỳ các thông tin còn thiếu.`,
        en: `Undetermined: the household may be a ${names('en')}, depending on the missing facts.`,
      },
      values: { possible: decision.possible.join(',') },
    });
  }
  return reasons;
}

const COUNT_LIMIT = 1024;

/**
 * The reasons after the income reason: deprivations (where they matter) and the outcome. They
 * depend only on the counts and the decision, so each is built once per assessor.
 */
export function categoryReasons(
  decision: CategoryDecision,
  income: IncomeAssessment,
  standard: Standard,
  deprived: number,
  unknown: number,
  memo: Memo<readonly Reason<AssessmentReasonCode>[]>,
): readonly Reason<AssessmentReasonCode>[] {
  const build = (): Reason<AssessmentReasonCode>[] => {
    const reasons = decision.deprivationsMatter
      ? [deprivationReason(decision, income, standard, deprived, unknown)]
      : [];
    return [...reasons, ...outcomeReasons(decision, income, standard, unknown)];
  };
  // Everything the reasons depend on, packed in one number: the form, the possible bands and
  // categories, and the two counts. A standard with more indicators than the key holds is not
  // memoised rather than given a key that could collide.
  if (deprived >= COUNT_LIMIT || unknown >= COUNT_LIMIT) return build();
  const form = income.form === 'proxy-score' ? 1 : 0;
  const key =
    (((form * 16 + decision.bandsMask) * 16 + decision.mask) * COUNT_LIMIT + deprived) *
      COUNT_LIMIT +
    unknown;
  return remember(memo, key, build);
}
