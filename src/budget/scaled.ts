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

/** 10^0 … 10^15: the powers of ten that are safe integers. */
const SMALL_POWERS = Array.from({ length: 16 }, (_, n) => 10 ** n);

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

/** The integer `value × 10^-exponent` for a scale `exponent` at or below the value's own. */
export function atScale(value: Scaled, exponent: number): Whole {
  const shift = value.exponent - exponent;
  if (shift === 0) return value.mantissa;
  if (shift < SMALL_POWERS.length) return multiply(value.mantissa, SMALL_POWERS[shift] as number);
  return BigInt(value.mantissa) * powerOfTen(shift);
}

/** Writes `integer × 10^exponent` as a plain decimal string, without trailing zeros. */
export function formatScaled(integer: Whole, exponent: number): string {
  if (integer === 0 || integer === 0n) return '0';
  if (exponent >= 0)
    return exponent === 0
      ? integer.toString()
      : (BigInt(integer) * powerOfTen(exponent)).toString();
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

/** The exact whole part and remainder of `a × b ÷ d` (all at least 0, d above 0). */
export interface Quotient {
  /** ⌊a × b ÷ d⌋, a safe integer in every use here (an amount at most the total). */
  readonly whole: number;
  /** a × b − whole × d, below d. */
  readonly remainder: Whole;
}

/** ⌊x ÷ d⌋ for safe integers x ≥ 0, d > 0: the float quotient, corrected exactly. */
function floorDivide(x: number, d: number): number {
  let q = Math.floor(x / d);
  while (q * d > x) q--;
  while ((q + 1) * d <= x) q++;
  return q;
}

/** `a × b ÷ d` as a whole part and a remainder, exactly, without BigInt when the figures allow. */
export function mulDiv(a: Whole, b: Whole, d: Whole): Quotient {
  if (typeof a === 'number' && typeof b === 'number' && typeof d === 'number') {
    // a × b = (a1·d + a0) × b, so a × b ÷ d = a1·b + a0·b ÷ d with a0 < d.
    const a1 = floorDivide(a, d);
    const a0 = a - a1 * d;
    const high = a1 * b;
    const low = a0 * b;
    if (high <= SAFE && low <= SAFE) {
      const q = floorDivide(low, d);
      const whole = high + q;
      if (whole <= SAFE) return { whole, remainder: low - q * d };
    }
  }
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  const whole = product / divisor;
  const remainder = product - whole * divisor;
  return { whole: Number(whole), remainder: remainder <= SAFE ? Number(remainder) : remainder };
}

/**
 * Writes `± (whole + remainder ÷ d)` as a decimal with at most `places` decimals, rounded half away
 * from zero, without trailing zeros (`remainder` below `d`). Display only: used to show exact ratios
 * (shares, amounts before rounding) that have no finite decimal form.
 */
export function formatQuotient(
  negative: boolean,
  whole: number,
  remainder: Whole,
  d: Whole,
  places: number,
): string {
  let fraction: number;
  let carry = false;
  const limit = SMALL_POWERS[places] as number;
  if (typeof remainder === 'number' && typeof d === 'number' && d <= SAFE / 10) {
    let r = remainder;
    fraction = 0;
    for (let i = 0; i < places; i++) {
      r *= 10;
      const digit = Math.floor(r / d);
      fraction = fraction * 10 + digit;
      r -= digit * d;
    }
    if (2 * r >= d) fraction++;
  } else {
    const big = BigInt(remainder) * powerOfTen(places);
    const divisor = BigInt(d);
    let q = big / divisor;
    if (2n * (big - q * divisor) >= divisor) q++;
    fraction = Number(q);
  }
  if (fraction >= limit) {
    fraction -= limit;
    carry = true;
  }
  const integer = carry ? whole + 1 : whole;
  let text = String(integer);
  if (fraction > 0) {
    const digits = String(fraction).padStart(places, '0');
    let end = digits.length;
    while (digits.charCodeAt(end - 1) === 48) end--;
    text = `${text}.${digits.slice(0, end)}`;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

/** `a × b ÷ d` as a decimal string, rounded half away from zero to `places` (display only). */
export function formatRatio(a: Whole, b: Whole, d: Whole, places: number): string {
  const { whole, remainder } = mulDiv(a, b, d);
  return formatQuotient(false, whole, remainder, d, places);
}
