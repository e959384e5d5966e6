/**
 * Exact decimals for the allocation engine, as integers: a number is read as the decimal it prints
 * as (`0.1` is one tenth, not the nearest binary fraction) and held as `mantissa × 10^exponent`.
 * Mantissas are plain numbers while they are safe integers (the common case, and fast) and BigInt
 * beyond; every function here gives the exact answer either way.
 */

/** An integer: a safe `number`, or a `bigint` where it may not fit. */
export type Whole = number | bigint;

/** `mantissa × 10^exponent`, exactly. */
export interface Scaled {
  readonly mantissa: Whole;
  readonly exponent: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;
const ZERO: Scaled = { mantissa: 0, exponent: 0 };

/**
 * The exact decimal value of a finite number, as JavaScript prints it (shortest round trip).
 * `-0` is 0. The caller has checked that `value` is finite.
 */
export function toScaled(value: number): Scaled {
  if (value === 0) return ZERO;
  if (Number.isSafeInteger(value)) return { mantissa: value, exponent: 0 };
  const text = String(value);
  const e = text.indexOf('e');
  const digits = e < 0 ? text : text.slice(0, e);
  const power = e < 0 ? 0 : Number(text.slice(e + 1));
  const point = digits.indexOf('.');
  const integer = point < 0 ? digits : digits.slice(0, point) + digits.slice(point + 1);
  const asNumber = Number(integer);
  return {
    mantissa: asNumber <= SAFE ? asNumber : BigInt(integer),
    exponent: point < 0 ? power : power - (digits.length - point - 1),
  };
}

const POWERS: bigint[] = [1n];

/** 10^n as a BigInt, for n ≥ 0, remembered. */
export function powerOfTen(n: number): bigint {
  for (let i = POWERS.length; i <= n; i++) POWERS.push((POWERS[i - 1] as bigint) * 10n);
  return POWERS[n] as bigint;
}

/** 10^0 … 10^15: the powers of ten that are safe integers (each exact as a double). */
export const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, n) => 10 ** n);

/** a × b, exact: a number while the product is a safe integer, else a BigInt. */
export function multiply(a: Whole, b: Whole): Whole {
  if (typeof a === 'number' && typeof b === 'number') {
    const product = a * b;
    if (product <= SAFE && product >= -SAFE) return product;
  }
  return BigInt(a) * BigInt(b);
}

/** a + b, exact, as `multiply`. */
export function add(a: Whole, b: Whole): Whole {
  if (typeof a === 'number' && typeof b === 'number') {
    const sum = a + b;
    if (sum <= SAFE && sum >= -SAFE) return sum;
  }
  return BigInt(a) + BigInt(b);
}

/** The integer `mantissa × 10^(exponent − target)`, for a `target` at or below `exponent`. */
export function rescale(mantissa: Whole, exponent: number, target: number): Whole {
  const shift = exponent - target;
  if (shift === 0) return mantissa;
  if (shift < POWERS_OF_TEN.length) return multiply(mantissa, POWERS_OF_TEN[shift] as number);
  return BigInt(mantissa) * powerOfTen(shift);
}

/** The integer `value × 10^-exponent` for a scale `exponent` at or below the value's own. */
export function atScale(value: Scaled, exponent: number): Whole {
  return rescale(value.mantissa, value.exponent, exponent);
}

/**
 * How many decimals `value` prints with, found without printing it: the `places` for which
 * `value × 10^places` is an integer below 10^15, not a multiple of 10, that divided back by
 * 10^places gives `value` again. Then `value` as it prints (what {@link toScaled} reads) is
 * exactly that integer × 10^-places: both are decimals of at most 15 significant digits that
 * round to the same double, and two such decimals are equal. Returns -1 where this quick test
 * does not apply (very large or very small values, more than 15 digits): use `toScaled`.
 * For a finite `value` above 0.
 */
export function decimalPlaces(value: number): number {
  if (Number.isSafeInteger(value)) return 0;
  for (let places = 1; places < POWERS_OF_TEN.length; places++) {
    const power = POWERS_OF_TEN[places] as number;
    const integer = value * power;
    if (integer >= 1e15) return -1;
    if (Number.isInteger(integer) && integer / power === value)
      return integer % 10 === 0 ? -1 : places;
  }
  return -1;
}

/** Writes `integer × 10^exponent` as a plain decimal string, without trailing zeros. */
export function formatScaled(integer: Whole, exponent: number): string {
  if (integer === 0 || integer === 0n) return '0';
  if (exponent >= 0)
    return exponent === 0
      ? integer.toString()
      : (BigInt(integer) * powerOfTen(exponent)).toString();
  if (typeof integer === 'number' && exponent >= -15 && integer > -1e15 && integer < 1e15) {
    const text = fixedDecimal(integer < 0 ? -integer : integer, -exponent);
    return integer < 0 ? `-${text}` : text;
  }
  const negative = integer < 0;
  const digits = (negative ? -integer : integer).toString().padStart(-exponent + 1, '0');
  const cut = digits.length + exponent;
  let end = digits.length;
  while (end > cut && digits.charCodeAt(end - 1) === 48) end--;
  const sign = negative ? '-' : '';
  return end === cut
    ? `${sign}${digits.slice(0, cut)}`
    : `${sign}${digits.slice(0, cut)}.${digits.slice(cut, end)}`;
}

/**
 * `digits ÷ 10^places` written out, without trailing zeros, for an integer 0 < digits < 10^15 and
 * places ≤ 15, as one string with nothing left over. Exact: with the trailing zeros taken off,
 * the double nearest the decimal n ÷ 10^count is within n × 2^-53 < 0.12 units of its last
 * place, so `toFixed(count)` rounds it back to exactly the digits of n (and uses no exponent
 * below 10^21).
 */
function fixedDecimal(digits: number, places: number): string {
  let n = digits;
  let count = places;
  while (count > 0 && n % 10 === 0) {
    n /= 10;
    count--;
  }
  return count === 0 ? String(n) : (n / (POWERS_OF_TEN[count] as number)).toFixed(count);
}

/** The decimals of `fraction ÷ 10^places` (0 < fraction < 10^places, places ≤ 15), without trailing zeros. */
function decimals(fraction: number, places: number): string {
  let digits = fraction;
  let count = places;
  while (digits % 10 === 0) {
    digits /= 10;
    count--;
  }
  return String(digits).padStart(count, '0');
}

/** The exact whole part and remainder of `a × b ÷ d` (all at least 0, d above 0). */
export interface Quotient {
  /** ⌊a × b ÷ d⌋, a safe integer in every use here (an amount at most the total). */
  readonly whole: number;
  /** a × b − whole × d, below d. */
  readonly remainder: Whole;
}

/** A quotient to write into: one per loop, so that a division per unit allocates nothing. */
export interface QuotientSlot {
  whole: number;
  remainder: Whole;
}

/** ⌊x ÷ d⌋ for safe integers x ≥ 0, d > 0: the float quotient, corrected exactly. */
function floorDivide(x: number, d: number): number {
  let q = Math.floor(x / d);
  while (q * d > x) q--;
  while ((q + 1) * d <= x) q++;
  return q;
}

/** `a × b ÷ d` as a whole part and a remainder, exactly (see {@link mulDivInto}). */
export function mulDiv(a: Whole, b: Whole, d: Whole): Quotient {
  return mulDivInto({ whole: 0, remainder: 0 }, a, b, d);
}

/**
 * Writes `a × b ÷ d` into `into` as a whole part and a remainder, exactly, without BigInt when
 * the figures allow: a × b = (a1·d + a0) × b, so a × b ÷ d = a1·b + a0·b ÷ d with a0 < d; and
 * a0·b ÷ d, when a0·b is not a safe integer, by long division (`productOverDivisor`).
 */
export function mulDivInto(into: QuotientSlot, a: Whole, b: Whole, d: Whole): QuotientSlot {
  if (typeof a === 'number' && typeof b === 'number' && typeof d === 'number') {
    const a1 = floorDivide(a, d);
    const a0 = a - a1 * d;
    const high = a1 * b;
    const low = a0 * b;
    if (high <= SAFE && low <= SAFE) {
      const q = floorDivide(low, d);
      if (high + q <= SAFE) {
        into.whole = high + q;
        into.remainder = low - q * d;
        return into;
      }
    } else if (high <= SAFE && productOverDivisor(into, a0, b, d) && high + into.whole <= SAFE) {
      into.whole += high;
      return into;
    }
  }
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  const whole = product / divisor;
  const remainder = product - whole * divisor;
  into.whole = Number(whole);
  into.remainder = remainder <= SAFE ? Number(remainder) : remainder;
  return into;
}

/** Bits of the largest safe integer, less one: the budget of each step of the long division. */
const STEP_BITS = 52;

/**
 * Writes ⌊a × b ÷ d⌋ and its remainder into `into`, for safe integers a < d and b, by long
 * division over the digits of b in base 2^s, where d × 2^s ≤ 2^52: each step's figure,
 * remainder × 2^s + a × digit, stays below 2^53 and so is exact in a double. False, having
 * written nothing, when d is too large for a useful base.
 */
function productOverDivisor(into: QuotientSlot, a: number, b: number, d: number): boolean {
  // One bit below what log2 allows, so that its rounding cannot matter.
  const bits = Math.floor(STEP_BITS - Math.log2(d)) - 1;
  if (bits < 8) return false;
  const base = 2 ** bits;
  let place = 1; // base^(digits − 1): dividing by a power of two is exact
  while (place * base <= b) place *= base;
  let whole = 0;
  let remainder = 0;
  for (; place >= 1; place /= base) {
    const digit = Math.floor(b / place) % base;
    const step = remainder * base + a * digit;
    const q = floorDivide(step, d);
    whole = whole * base + q;
    remainder = step - q * d;
  }
  into.whole = whole;
  into.remainder = remainder;
  return true;
}

/**
 * Writes `± (whole + remainder ÷ d)` as a decimal with at most `places` (≤ 15) decimals, rounded
 * half away from zero, without trailing zeros (`remainder` below `d`). Display only: used to show
 * exact ratios (shares, amounts before rounding) that have no finite decimal form.
 */
export function formatQuotient(
  negative: boolean,
  whole: number,
  remainder: Whole,
  d: Whole,
  places: number,
): string {
  let fraction: number;
  if (typeof remainder === 'number' && typeof d === 'number' && d <= SAFE / 10) {
    // Long division, as many digits at a time as keep remainder × 10^digits a safe integer.
    let step = Math.min(places, Math.floor(Math.log10(SAFE / d)));
    while (step > 1 && d * (POWERS_OF_TEN[step] as number) > SAFE) step--;
    if (step < 1) step = 1;
    let r = remainder;
    fraction = 0;
    for (let left = places; left > 0; left -= step) {
      const power = POWERS_OF_TEN[Math.min(step, left)] as number;
      r *= power;
      const digits = floorDivide(r, d);
      fraction = fraction * power + digits;
      r -= digits * d;
    }
    if (2 * r >= d) fraction++;
  } else {
    const big = BigInt(remainder) * powerOfTen(places);
    const divisor = BigInt(d);
    let q = big / divisor;
    if (2n * (big - q * divisor) >= divisor) q++;
    fraction = Number(q);
  }
  let integer = whole;
  const limit = POWERS_OF_TEN[places] as number;
  if (fraction >= limit) {
    fraction -= limit;
    integer++;
  }
  const digits = integer * limit + fraction; // exact below 10^15
  const text =
    fraction === 0
      ? String(integer)
      : digits < 1e15
        ? fixedDecimal(digits, places)
        : `${integer}.${decimals(fraction, places)}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** A scratch quotient for `formatRatio`: it runs to the end before it is called again. */
const RATIO: QuotientSlot = { whole: 0, remainder: 0 };

/** `a × b ÷ d` as a decimal string, rounded half away from zero to `places` (display only). */
export function formatRatio(a: Whole, b: Whole, d: Whole, places: number): string {
  const { whole, remainder } = mulDivInto(RATIO, a, b, d);
  return formatQuotient(false, whole, remainder, d, places);
}
