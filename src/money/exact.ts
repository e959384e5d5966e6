import { Exact } from './decimal';

/**
 * Whether `value < factor × count`, exactly. Integers are compared directly (their product is
 * exact below 2^53); anything else goes through decimal arithmetic, so that a fractional cut-off
 * such as 7.5 m² never meets a binary rounding error at the line.
 */
export function isBelowProduct(value: number, factor: number, count: number): boolean {
  if (Number.isInteger(factor)) return value < factor * count;
  return new Exact(value).lt(new Exact(factor).times(count));
}

/**
 * `numerator ÷ denominator` rounded half up to a whole number, for safe non-negative integers and
 * a denominator above 0: the rounding used to show a per-capita income in đồng. Display only.
 * Integer arithmetic: the quotient of the floating division is corrected until
 * `quotient × denominator ≤ numerator < (quotient + 1) × denominator` holds exactly.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  while (quotient * denominator > numerator) quotient--;
  while ((quotient + 1) * denominator <= numerator) quotient++;
  const remainder = numerator - quotient * denominator;
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}
