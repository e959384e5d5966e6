import type { Language, Message } from '../index';

/** A whole number as people write it: `1.234.567` in Vietnamese, `1,234,567` in English. */
export function formatCount(value: number, language: Language): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, language === 'vi' ? '.' : ',');
}

/** A share as a percentage with one decimal: `5,2%` in Vietnamese, `5.2%` in English. */
export function formatPercent(part: number, whole: number, language: Language): string {
  const text = whole === 0 ? '0.0' : ((part / whole) * 100).toFixed(1);
  return `${language === 'vi' ? text.replace('.', ',') : text}%`;
}

/** A message for an error on standard error: both languages, Vietnamese first. */
export const bothLanguages = (message: Message): string => `${message.vi}\n${message.en}\n`;
