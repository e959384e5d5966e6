import { Exact } from '../money/decimal';
import type { Fraction } from '../standards/types';

/**
 * An exact non-negative rational number, reduced, with a positive denominator. Weights, cut-offs
 * and target bands are compared as ratios so that a value equal to its limit is never lost to a
 * binary rounding error (0.7 + 0.1 is exactly 0.8, where floating point gives 0.7999999999999999).
 */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/**
 * An exact number as a caller may write it: a JavaScript number (read by its shortest decimal
 * form, so `0.1` is one tenth), a string (`'0.25'`, `'1/3'`, `'2.04'`), or a fraction of two
 * integers.
 *
 * @example
 * ```ts
 * const third: ExactNumber = '1/3';
 * const quarter: ExactNumber = { numerator: 1, denominator: 4 };
 * [third, quarter].length; //=> 2
 * ```
 */
export type ExactNumber = number | string | Fraction;

const ZERO = 0n;
const ONE = 1n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) [x, y] = [y, x % y];
  return x;
}

/** Builds a reduced ratio; the denominator must not be 0. */
export function ratio(numerator: bigint, denominator: bigint): Ratio {
  const sign = denominator < ZERO ? -ONE : ONE;
  const divisor = gcd(numerator, denominator) || ONE;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

// Digits, an optional fraction and an optional exponent, as String(number) and people write them.
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,3}))?$/;
const MAX_EXPONENT = 40;
const FRACTION = /^(-?\d{1,30})\s*\/\s*(\d{1,30})$/;

function fromDecimalText(text: string): Ratio | undefined {
  const match = DECIMAL.exec(text);
  if (match === null || text.length > 60) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  // Beyond this a "number" is a typing error, not a weight or a rate: refuse it.
  if (Math.abs(exponent) > MAX_EXPONENT) return undefined;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return exponent >= 0
    ? ratio(digits * 10n ** BigInt(exponent), ONE)
    : ratio(digits, 10n ** BigInt(-exponent));
}

/** Reads an exact number, or `undefined` when it is not one (NaN, Infinity, `'abc'`, `1/0`). */
export function toRatio(value: unknown): Ratio | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? fromDecimalText(String(value)) : undefined;
  }
  if (typeof value === 'string') {
    const text = value.trim();
    const fraction = FRACTION.exec(text);
    if (fraction !== null) {
      const denominator = BigInt(fraction[2] as string);
      return denominator === ZERO ? undefined : ratio(BigInt(fraction[1] as string), denominator);
    }
    return fromDecimalText(text);
  }
  if (value !== null && typeof value === 'object') {
    const { numerator, denominator } = value as Partial<Fraction>;
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return undefined;
    if (denominator === 0) return undefined;
    return ratio(BigInt(numerator as number), BigInt(denominator as number));
  }
  return undefined;
}

/** `a` compared with `b`: negative, zero or positive. */
export function compareRatios(a: Ratio, b: Ratio): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `a + b`. */
export function addRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(
    a.numerator * b.denominator + b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

/** `a − b`. */
export function subtractRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(
    a.numerator * b.denominator - b.numerator * a.denominator,
    a.denominator * b.denominator,
  );
}

/** `a × b`. */
export function multiplyRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.numerator, a.denominator * b.denominator);
}

/** `a ÷ b`; `b` must not be 0. */
export function divideRatios(a: Ratio, b: Ratio): Ratio {
  return ratio(a.numerator * b.denominator, a.denominator * b.numerator);
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The nearest JavaScript number, for display and for measures that are not compared at a limit. */
export function ratioToNumber(value: Ratio): number {
  const { numerator, denominator } = value;
  // Two safe integers divide to the nearest double: 469/100 is 4.69, where 4 + 0.69 is not.
  if (numerator <= SAFE && -numerator <= SAFE && denominator <= SAFE) {
    return Number(numerator) / Number(denominator);
  }
  return new Exact(numerator.toString()).div(denominator.toString()).toNumber();
}

/** `'1/3'`, or `'2'` for a whole number: the exact value as text, for results. */
export function formatRatio(value: Ratio): string {
  return value.denominator === ONE
    ? String(value.numerator)
    : `${value.numerator}/${value.denominator}`;
}

/** The ratio of two integers. */
export function integerRatio(numerator: number, denominator = 1): Ratio {
  return ratio(BigInt(numerator), BigInt(denominator));
}
