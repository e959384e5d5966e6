import type { Category, PovertyStatus } from '../household/types';
import type { ClassificationRule, Standard } from '../standards/types';
import { isUnpublished } from './income-test';
import type { IncomeAssessment, IncomeBand } from './types';

/** A decided category (not `undetermined`). */
export type DecidedCategory = Exclude<Category, 'undetermined'>;

const ORDER: readonly DecidedCategory[] = ['poor', 'near-poor', 'middle', 'not-poor'];

/** Every subset of the categories as a frozen list in order, indexed by its bit mask. */
const BY_MASK: readonly (readonly DecidedCategory[])[] = Array.from({ length: 16 }, (_, mask) =>
  Object.freeze(ORDER.filter((_, bit) => (mask & (1 << bit)) !== 0)),
);

const POOR = 1;
const NEAR_POOR = 2;

/** The answer to "poor, near-poor or neither?" for a set of possible categories (bits as below). */
function povertyOf(mask: number): PovertyStatus {
  if (mask === POOR) return 'poor';
  if (mask === NEAR_POOR) return 'near-poor';
  return (mask & (POOR | NEAR_POOR)) === 0 ? 'neither' : 'undetermined';
}

/** The outcome of combining the income test with the deprivation count. */
export interface CategoryDecision {
  readonly category: Category;
  readonly poverty: PovertyStatus;
  readonly possible: readonly DecidedCategory[];
  /** The deprivation test with every unknown indicator not deprived, and with every one deprived. */
  readonly deprivationTest: { readonly atFewest: boolean; readonly atMost: boolean };
  /** Whether some possible income band makes the deprivation test matter. */
  readonly deprivationsMatter: boolean;
  /** The possible categories as bits (poor 1, near-poor 2, middle 4, not poor 8): a compact key. */
  readonly mask: number;
  /** The possible income bands as bits, in the order of {@link IncomeBand}: a compact key. */
  readonly bandsMask: number;
}

function bandBit(band: IncomeBand): number {
  switch (band) {
    case 'at-or-below-poverty':
      return 1;
    case 'between-lines':
      return 2;
    case 'middle':
      return 4;
    case 'above-middle':
      return 8;
  }
}

function categoryBit(band: IncomeBand, meetsTest: boolean, rule: ClassificationRule): number {
  switch (band) {
    case 'at-or-below-poverty':
      return meetsTest || rule.incomeAloneMakesPoor ? 1 : 2;
    case 'between-lines':
      return meetsTest ? 1 : 2;
    case 'middle':
      return 4;
    case 'above-middle':
      return 8;
  }
}

function meetsTest(proxy: boolean, standard: Standard, count: number): boolean {
  const survey = standard.survey;
  return proxy && !isUnpublished(survey)
    ? count * survey.pointsPerIndicator >= survey.poorScoreBAtLeast
    : count >= standard.classification.deprivationThreshold;
}

function decide(
  bands: readonly IncomeBand[],
  rule: ClassificationRule,
  atFewest: boolean,
  atMost: boolean,
): CategoryDecision {
  let mask = 0;
  let bandsMask = 0;
  let deprivationsMatter = false;
  for (const band of bands) {
    bandsMask |= bandBit(band);
    mask |= categoryBit(band, atFewest, rule) | categoryBit(band, atMost, rule);
    if (
      band === 'between-lines' ||
      (band === 'at-or-below-poverty' && !rule.incomeAloneMakesPoor)
    ) {
      deprivationsMatter = true;
    }
  }
  const possible = BY_MASK[mask] as readonly DecidedCategory[];
  return {
    category: possible.length === 1 ? (possible[0] as DecidedCategory) : 'undetermined',
    poverty: povertyOf(mask),
    possible,
    deprivationTest: { atFewest, atMost },
    deprivationsMatter,
    mask,
    bandsMask,
  };
}

/**
 * Combines income and deprivations. The deprivation test is "deprived count ≥ threshold" or, for
 * a proxy score, "score B = points × deprived ≥ the score B cut-off". Unknown indicators leave
 * the count between `deprivedCount` and `deprivedCount + unknownCount`; since the test only
 * grows with the count, checking both ends covers every filling of the unknowns. The category is
 * decided when every possible band and test outcome gives the same one. A decision depends only on
 * the bands and the two test outcomes, so each is made once per assessor (`memo`).
 */
export function decideCategory(
  income: IncomeAssessment,
  standard: Standard,
  deprivedCount: number,
  unknownCount: number,
  memo: DecisionMemo,
): CategoryDecision {
  const proxy = income.form === 'proxy-score';
  return decideFor(income.bands, proxy, standard, deprivedCount, unknownCount, memo);
}

/** Decisions made so far, by the possible bands (as bits) and the two test outcomes. */
export type DecisionMemo = (CategoryDecision | undefined)[];

/**
 * {@link decideCategory} from the possible bands and whether income is a proxy score: what the
 * batch path calls, with no income object at hand.
 */
export function decideFor(
  bands: readonly IncomeBand[],
  proxy: boolean,
  standard: Standard,
  deprivedCount: number,
  unknownCount: number,
  memo: DecisionMemo,
): CategoryDecision {
  const atFewest = meetsTest(proxy, standard, deprivedCount);
  const atMost = meetsTest(proxy, standard, deprivedCount + unknownCount);
  let bandsMask = 0;
  // An index loop: the band lists are shared and frozen, and V8 runs for…of over a frozen array
  // several times slower, once per household here.
  for (let i = 0; i < bands.length; i++) bandsMask |= bandBit(bands[i] as IncomeBand);
  const slot = bandsMask * 4 + (atFewest ? 2 : 0) + (atMost ? 1 : 0);
  let decision = memo[slot];
  if (decision === undefined) {
    decision = Object.freeze(decide(bands, standard.classification, atFewest, atMost));
    memo[slot] = decision;
  }
  return decision;
}
