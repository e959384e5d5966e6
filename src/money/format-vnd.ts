import type { Language } from '../law/format-citation';

/**
 * Formats an amount of đồng for people: `1.500.000 đồng` in Vietnamese, `1,500,000 VND` in
 * English. Display only: amounts are never parsed back from this text.
 *
 * @param amount - a whole number of đồng
 * @param language - `vi` (default) or `en`
 * @returns the amount with thousands separators and its unit
 *
 * @example
 * ```ts
 * import { formatVnd } from 'vn-poverty';
 * formatVnd(1500000); //=> '1.500.000 đồng'
 * formatVnd(-2250000, 'en'); //=> '-2,250,000 VND'
 * ```
 */
export function formatVnd(amount: number, language: Language = 'vi'): string {
  const separator = language === 'vi' ? '.' : ',';
  const digits = Math.abs(Math.trunc(amount))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = amount < 0 ? '-' : '';
  return language === 'vi' ? `${sign}${digits} đồng` : `${sign}${digits} VND`;
}
