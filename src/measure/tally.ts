import type { Assessment } from '../assess/types';

/**
 * A count of households (or people, or weights) in a category, with its bounds: `count` are
 * surely in it, and up to `atMost` could be, were every undetermined household that could be in
 * it in it. The rates are shares of the whole population, undetermined households included.
 *
 * @example
 * ```ts
 * const poor: Tally = { count: 2, atMost: 3, rate: 0.2, rateAtMost: 0.3 };
 * poor.rate !== null && poor.rateAtMost !== null && poor.rate <= poor.rateAtMost; //=> true
 * ```
 */
export interface Tally {
  /** Surely in the category: every filling of the unknown facts puts them there. */
  readonly count: number;
  /** Could be in it: `count` plus the undetermined that some filling puts there. */
  readonly atMost: number;
  /** `count ÷ total`; `null` when the total is 0 (no households, or every weight 0). */
  readonly rate: number | null;
  /** `atMost ÷ total`; `null` when the total is 0. */
  readonly rateAtMost: number | null;
}

/**
 * A population counted by category (phân loại hộ). Categories can overlap only through their
 * bounds: `count`s of `poor`, `nearPoor`, `middle`, `notPoor` and `undetermined` add up to
 * `total`.
 *
 * @example
 * ```ts
 * const empty: Tally = { count: 0, atMost: 0, rate: 0, rateAtMost: 0 };
 * const figures: CategoryFigures = {
 *   total: 10, poor: empty, nearPoor: empty, poorOrNearPoor: empty, middle: empty,
 *   notPoor: empty, neither: empty, undetermined: empty,
 * };
 * figures.total; //=> 10
 * ```
 */
export interface CategoryFigures {
  /** The whole population: households, people or weights. */
  readonly total: number;
  /** Poor (hộ nghèo). */
  readonly poor: Tally;
  /** Near-poor (hộ cận nghèo). */
  readonly nearPoor: Tally;
  /** Poor or near-poor: the programme's "poor and near-poor households". */
  readonly poorOrNearPoor: Tally;
  /** Middle living standard (hộ có mức sống trung bình). */
  readonly middle: Tally;
  /** Not poor, above the middle band. */
  readonly notPoor: Tally;
  /** Neither poor nor near-poor (middle or not poor), as `Assessment.poverty` says. */
  readonly neither: Tally;
  /** Undetermined: the facts allow more than one category (`count` and `atMost` are equal). */
  readonly undetermined: Tally;
}

/** The same population counted four ways. */
export interface SummaryFigures {
  /** Households. */
  readonly households: CategoryFigures;
  /** People: the members of the households (or whom the `people` option counts). */
  readonly people: CategoryFigures;
  /** Households weighted by their survey weights, when weights were given. */
  readonly weightedHouseholds?: CategoryFigures;
  /** People weighted by their household's survey weight, when weights were given. */
  readonly weightedPeople?: CategoryFigures;
}

const POOR = 1;
const NEAR_POOR = 2;
const MIDDLE = 4;
const NOT_POOR = 8;

function categoryBit(category: string): number {
  switch (category) {
    case 'poor':
      return POOR;
    case 'near-poor':
      return NEAR_POOR;
    case 'middle':
      return MIDDLE;
    case 'not-poor':
      return NOT_POOR;
    default:
      return 0;
  }
}

/** The possible categories of an assessment as bits: poor 1, near-poor 2, middle 4, not poor 8. */
export function categoryMask(assessment: Assessment): number {
  let mask = 0;
  for (const category of assessment.possibleCategories) mask |= categoryBit(category);
  return mask;
}

type Measure = Exclude<keyof CategoryFigures, 'total'>;

const MEASURE_BITS: readonly (readonly [Measure, number])[] = [
  ['poor', POOR],
  ['nearPoor', NEAR_POOR],
  ['poorOrNearPoor', POOR | NEAR_POOR],
  ['middle', MIDDLE],
  ['notPoor', NOT_POOR],
  ['neither', MIDDLE | NOT_POOR],
];

const isUndetermined = (mask: number): boolean => (mask & (mask - 1)) !== 0;

/** Households, people, weights and weighted people, each summed by mask of possible categories. */
const QUANTITIES = 4;
const MASKS = 16;

/**
 * Counts a population by the set of categories each household could be in. Sixteen sums per
 * quantity are all that is kept; every tally and bound is derived from them at the end.
 */
export class CategoryTally {
  private readonly sums = new Float64Array(QUANTITIES * MASKS);

  /** Adds a household. */
  add(mask: number, people: number, weight: number): void {
    const sums = this.sums;
    sums[mask] = (sums[mask] as number) + 1;
    sums[MASKS + mask] = (sums[MASKS + mask] as number) + people;
    sums[2 * MASKS + mask] = (sums[2 * MASKS + mask] as number) + weight;
    sums[3 * MASKS + mask] = (sums[3 * MASKS + mask] as number) + weight * people;
  }

  /** The figures counted so far; weighted ones only when `weighted`. */
  figures(weighted: boolean): SummaryFigures {
    const households = this.quantity(0);
    const people = this.quantity(1);
    return weighted
      ? {
          households,
          people,
          weightedHouseholds: this.quantity(2),
          weightedPeople: this.quantity(3),
        }
      : { households, people };
  }

  private quantity(q: number): CategoryFigures {
    const sums = this.sums.subarray(q * MASKS, (q + 1) * MASKS);
    let total = 0;
    let undetermined = 0;
    for (let mask = 0; mask < MASKS; mask++) {
      const value = sums[mask] as number;
      total += value;
      if (isUndetermined(mask)) undetermined += value;
    }
    const tally = (count: number, atMost: number): Tally => ({
      count,
      atMost,
      rate: total === 0 ? null : count / total,
      rateAtMost: total === 0 ? null : atMost / total,
    });
    const figures: Record<string, Tally | number> = { total };
    for (const [measure, bits] of MEASURE_BITS) {
      let surely = 0;
      let possibly = 0;
      for (let mask = 1; mask < MASKS; mask++) {
        const value = sums[mask] as number;
        if ((mask & ~bits) === 0) surely += value;
        if ((mask & bits) !== 0) possibly += value;
      }
      figures[measure] = tally(surely, possibly);
    }
    figures.undetermined = tally(undetermined, undetermined);
    return figures as unknown as CategoryFigures;
  }
}
