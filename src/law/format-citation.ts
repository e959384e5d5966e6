import type { InstrumentKind, LegalCitation } from './citation';

/** A language that messages and labels come in: Vietnamese first, English second. */
export type Language = 'vi' | 'en';

const INSTRUMENT_NAMES: Readonly<Record<InstrumentKind, Readonly<Record<Language, string>>>> = {
  law: { vi: 'Luật', en: 'Law' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  decree: { vi: 'Nghị định', en: 'Decree' },
  decision: { vi: 'Quyết định', en: 'Decision' },
  circular: { vi: 'Thông tư', en: 'Circular' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  specification: { vi: 'Đặc tả', en: 'Specification' },
};

const ARTICLE_WORD: Readonly<Record<Language, string>> = { vi: 'Điều', en: 'Art.' };
const APPENDIX_WORD: Readonly<Record<Language, string>> = { vi: 'Phụ lục', en: 'Appendix' };

/** "3.2(a)" is an article; "Appendix" or "Annexes III–IV" names an appendix (phụ lục). */
function formatArticle(article: string, language: Language): string {
  if (/^\d/.test(article)) return `${ARTICLE_WORD[language]} ${article}`;
  return article.replace(/^(Appendix|Annexes|Annex)\b/, APPENDIX_WORD[language]);
}
const GRADE_WORD: Readonly<Record<Language, string>> = { vi: 'mức tin cậy', en: 'grade' };

/**
 * Formats a legal citation for display, in Vietnamese or English.
 *
 * @remarks The evidence grade is always shown, so that a reader knows whether the wording was
 * checked against the legal text (`L`) or is still to be confirmed (`U`).
 *
 * @param citation - the citation to format
 * @param language - `vi` (default) or `en`
 * @returns a one-line citation such as `Nghị định 07/2021/NĐ-CP, Điều 3.2(a) (mức tin cậy L)`
 *
 * @example
 * ```ts
 * import { formatCitation } from 'vn-poverty';
 * const basis = { kind: 'decree', number: '07/2021/NĐ-CP', article: '3.2(a)', grade: 'L' } as const;
 * formatCitation(basis, 'en'); //=> 'Decree 07/2021/NĐ-CP, Art. 3.2(a) (grade L)'
 * formatCitation(basis); //=> 'Nghị định 07/2021/NĐ-CP, Điều 3.2(a) (mức tin cậy L)'
 * ```
 */
export function formatCitation(citation: LegalCitation, language: Language = 'vi'): string {
  const instrument = `${INSTRUMENT_NAMES[citation.kind][language]} ${citation.number}`;
  const article =
    citation.article === undefined ? '' : `, ${formatArticle(citation.article, language)}`;
  return `${instrument}${article} (${GRADE_WORD[language]} ${citation.grade})`;
}
