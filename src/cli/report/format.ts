import type { Language, Tally } from '../../index';

// Display only: every figure is the model's; these functions round it for people to read, and
// the rounding is named where it happens (half away from zero, as Intl rounds by default).

const LOCALES: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

function format(value: number, language: Language, digits: number): string {
  const key = `${language}:${digits}`;
  let formatter = formats.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, formatter);
  }
  return formatter.format(value);
}

/** A count: whole households or people (weighted sums rounded to the nearest whole). */
export function formatCount(value: number, language: Language): string {
  return format(value, language, 0);
}

/** A rate (a share from 0 to 1) in percent with `digits` decimals; `–` for none. */
export function formatPercent(rate: number | null, language: Language, digits = 2): string {
  return rate === null ? '–' : `${format(rate * 100, language, digits)}%`;
}

/** A number with four decimals (M0, A as a share); `–` for none. */
export function formatDecimal(value: number | null, language: Language, digits = 4): string {
  return value === null ? '–' : format(value, language, digits);
}

/** A count with its upper bound when undetermined households leave it open: `12 (≤ 15)`. */
export function formatTallyCount(tally: Tally, language: Language): string {
  const count = formatCount(tally.count, language);
  return tally.atMost === tally.count
    ? count
    : `${count} (≤ ${formatCount(tally.atMost, language)})`;
}

/** A rate with its upper bound when it is open: `2,04% (≤ 2,31%)`. */
export function formatTallyRate(tally: Tally, language: Language, digits = 2): string {
  const rate = formatPercent(tally.rate, language, digits);
  return tally.rateAtMost === tally.rate
    ? rate
    : `${rate} (≤ ${formatPercent(tally.rateAtMost, language, digits)})`;
}

/** A value in a target's unit: points or percent for a rate, households, or times. */
export function formatTargetValue(value: number, unit: string, language: Language): string {
  if (unit === 'percent') return `${format(value, language, 2)}%`;
  if (unit === 'households') return formatCount(value, language);
  return format(value, language, 2);
}

/** A label as the first word of a line: `hộ nghèo` → `Hộ nghèo`. */
export const capitalise = (text: string): string =>
  text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
