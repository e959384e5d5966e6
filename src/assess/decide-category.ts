import type { Category } from '../household/types';
import type { ClassificationRule, Standard } from '../standards/types';
import { isUnpublished } from './income-test';
import type { IncomeAssessment, IncomeBand } from './types';

/** A decided category (not `undetermined`). */
export type DecidedCategory = Exclude<Category, 'undetermined'>;

const ORDER: readonly DecidedCategory[] = ['poor', 'near-poor', 'middle', 'not-poor'];

/** The outcome of combining the income test with the deprivation count. */
export interface CategoryDecision {
  readonly category: Category;
  readonly possible: readonly DecidedCategory[];
  /** The deprivation test with every unknown indicator not deprived, and with every one deprived. */
  readonly deprivationTest: { readonly atFewest: boolean; readonly atMost: boolean };
  /** Whether some possible income band makes the deprivation test matter. */
  readonly deprivationsMatter: boolean;
}

function categoryOf(
  band: IncomeBand,
  meetsTest: boolean,
  rule: ClassificationRule,
): DecidedCategory {
  switch (band) {
    case 'at-or-below-poverty':
      return meetsTest || rule.incomeAloneMakesPoor ? 'poor' : 'near-poor';
    case 'between-lines':
      return meetsTest ? 'poor' : 'near-poor';
    case 'middle':
      return 'middle';
    case 'above-middle':
      return 'not-poor';
  }
}

/**
 * Combines income and deprivations. The deprivation test is "deprived count ≥ threshold" or, for
 * a proxy score, "score B = points × deprived ≥ the score B cut-off". Unknown indicators leave
 * the count between `deprivedCount` and `deprivedCount + unknownCount`; since the test only
 * grows with the count, checking both ends covers every filling of the unknowns. The category is
 * decided when every possible band and test outcome gives the same one.
 */
export function decideCategory(
  income: IncomeAssessment,
  standard: Standard,
  deprivedCount: number,
  unknownCount: number,
): CategoryDecision {
  const survey = standard.survey;
  const meets = (count: number): boolean =>
    income.form === 'proxy-score' && !isUnpublished(survey)
      ? count * survey.pointsPerIndicator >= survey.poorScoreBAtLeast
      : count >= standard.classification.deprivationThreshold;
  const deprivationTest = {
    atFewest: meets(deprivedCount),
    atMost: meets(deprivedCount + unknownCount),
  };
  const outcomes =
    deprivationTest.atFewest === deprivationTest.atMost
      ? [deprivationTest.atFewest]
      : [false, true];
  const found = new Set<DecidedCategory>();
  for (const band of income.bands) {
    for (const outcome of outcomes) found.add(categoryOf(band, outcome, standard.classification));
  }
  const possible = ORDER.filter((category) => found.has(category));
  const deprivationsMatter = income.bands.some(
    (band) =>
      band === 'between-lines' ||
      (band === 'at-or-below-poverty' && !standard.classification.incomeAloneMakesPoor),
  );
  return {
    category: possible.length === 1 ? (possible[0] as DecidedCategory) : 'undetermined',
    possible,
    deprivationTest,
    deprivationsMatter,
  };
}
