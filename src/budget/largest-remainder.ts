import { add, formatQuotient, mulDivInto, type QuotientSlot, type Whole } from './scaled';

/** Parts of a whole number of rounding units, rounded by largest remainders, with their exact quotas. */
export interface RoundedSplit {
  /** Each part's rounded amount, in rounding units. */
  readonly amounts: number[];
  /** Each part's exact quota is `wholes[i] + remainders[i] ÷ denominator` rounding units. */
  readonly wholes: number[];
  readonly remainders: Whole[];
  readonly denominator: Whole;
}

/**
 * Largest-remainder rounding (phương pháp số dư lớn nhất) of `amount` whole units over parts in
 * proportion to `weights` (at least one above 0): each part gets the whole units of its exact
 * quota `amount × weight ÷ Σ weights`, and the units left over (fewer than the parts with a
 * remainder) go one each to the largest remainders. Equal remainders go to the larger weight,
 * then to the smaller key (compared by UTF-16 code units): the order of the parts never matters.
 * Exact, in integers.
 */
export function largestRemainder(
  amount: number,
  weights: readonly Whole[],
  keys: readonly string[],
): RoundedSplit {
  let denominator: Whole = 0;
  for (let i = 0; i < weights.length; i++) denominator = add(denominator, weights[i] as Whole);
  const count = weights.length;
  const amounts: number[] = new Array(count);
  const wholes: number[] = new Array(count);
  const remainders: Whole[] = new Array(count);
  const withRemainder: number[] = [];
  const quota: QuotientSlot = { whole: 0, remainder: 0 };
  let left = amount;
  for (let i = 0; i < count; i++) {
    mulDivInto(quota, amount, weights[i] as Whole, denominator);
    wholes[i] = quota.whole;
    amounts[i] = quota.whole;
    remainders[i] = quota.remainder;
    left -= quota.whole;
    if (quota.remainder > 0) withRemainder.push(i);
  }
  if (left > 0) giveLeftOver(left, withRemainder, amounts, remainders, weights, keys);
  return { amounts, wholes, remainders, denominator };
}

/**
 * Gives `left` units, one each, to the parts with the largest remainders, equal remainders by the
 * larger weight, then the smaller key. When every remainder is a safe number (they are integers
 * over one denominator), the left-th largest is found by sorting a copy as plain numbers, and
 * only the parts whose remainder equals it are ordered by weight and key; otherwise all are
 * ordered. Either way the same parts get a unit.
 */
function giveLeftOver(
  left: number,
  candidates: readonly number[],
  amounts: number[],
  remainders: readonly Whole[],
  weights: readonly Whole[],
  keys: readonly string[],
): void {
  // `<` and `>` compare a number with a bigint exactly.
  const inOrder = (a: number, b: number): number => {
    const ra = remainders[a] as Whole;
    const rb = remainders[b] as Whole;
    if (ra !== rb) {
      if (ra > rb) return -1;
      if (ra < rb) return 1;
    }
    const wa = weights[a] as Whole;
    const wb = weights[b] as Whole;
    if (wa > wb) return -1;
    if (wa < wb) return 1;
    const ka = keys[a] as string;
    const kb = keys[b] as string;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const sorted = new Float64Array(candidates.length);
  for (let j = 0; j < candidates.length; j++) {
    const remainder = remainders[candidates[j] as number];
    if (typeof remainder !== 'number') {
      const all = [...candidates].sort(inOrder);
      for (let k = 0; k < left; k++) giveOne(amounts, all[k] as number);
      return;
    }
    sorted[j] = remainder;
  }
  sorted.sort(); // ascending, as numbers
  const threshold = sorted[sorted.length - left] as number; // the left-th largest
  const tied: number[] = [];
  let given = 0;
  for (let j = 0; j < candidates.length; j++) {
    const i = candidates[j] as number;
    const remainder = remainders[i] as number;
    if (remainder > threshold) {
      giveOne(amounts, i);
      given++;
    } else if (remainder === threshold) tied.push(i);
  }
  tied.sort(inOrder);
  for (let k = 0; k < left - given; k++) giveOne(amounts, tied[k] as number);
}

const giveOne = (amounts: number[], i: number): void => {
  amounts[i] = (amounts[i] as number) + 1;
};

/** A scratch quotient for the two functions below: each runs to the end before the next call. */
const EXTRA: QuotientSlot = { whole: 0, remainder: 0 };

/**
 * Part `i`'s exact quota in đồng, `(whole + remainder ÷ d) × unitSize`, written into `EXTRA` as
 * `whole × unitSize + EXTRA.whole + EXTRA.remainder ÷ d`; returns that whole number of đồng.
 */
function exactDong(split: RoundedSplit, i: number, unitSize: number): number {
  mulDivInto(EXTRA, split.remainders[i] as Whole, unitSize, split.denominator);
  return (split.wholes[i] as number) * unitSize + EXTRA.whole;
}

/** Part `i`'s exact amount before rounding, in đồng, as text. */
export function amountBeforeRounding(
  split: RoundedSplit,
  i: number,
  unitSize: number,
  places: number,
): string {
  const whole = exactDong(split, i, unitSize);
  return formatQuotient(false, whole, EXTRA.remainder, split.denominator, places);
}

/** Part `i`'s rounding adjustment (amount − exact amount), in đồng, as text. */
export function roundingAdjustment(
  split: RoundedSplit,
  i: number,
  unitSize: number,
  places: number,
): string {
  // amount − exact = difference − rest ÷ d
  const difference = (split.amounts[i] as number) * unitSize - exactDong(split, i, unitSize);
  const rest = EXTRA.remainder;
  if (rest === 0 || rest === 0n) return String(difference);
  if (difference >= 1)
    return formatQuotient(
      false,
      difference - 1,
      subtract(split.denominator, rest),
      split.denominator,
      places,
    );
  return formatQuotient(true, -difference, rest, split.denominator, places);
}

const subtract = (a: Whole, b: Whole): Whole =>
  typeof a === 'number' && typeof b === 'number' ? a - b : BigInt(a) - BigInt(b);
