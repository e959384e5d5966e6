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
  for (const weight of weights) denominator = add(denominator, weight);
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
  if (left > 0) {
    // `<` and `>` compare a number with a bigint exactly.
    withRemainder.sort((a, b) => {
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
    });
    for (let k = 0; k < left; k++) {
      const i = withRemainder[k] as number;
      amounts[i] = (amounts[i] as number) + 1;
    }
  }
  return { amounts, wholes, remainders, denominator };
}

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
