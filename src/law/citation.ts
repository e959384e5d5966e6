/**
 * How sure a legal fact is (the guide Conventions explains the grades).
 *
 * - `L`: read in the legal text itself;
 * - `S`: a legal information site that names the article and restates it;
 * - `N`: a press or government-portal summary;
 * - `U`: unverified, the best reading available, to be confirmed against the official text.
 *
 * @see {@link !"Conventions" | Conventions}
 * @see {@link !"Readings" | Readings}
 */
export type EvidenceGrade = 'L' | 'S' | 'N' | 'U';

/** The kind of legal instrument a citation points to (văn bản quy phạm pháp luật). */
export type InstrumentKind =
  | 'law'
  | 'resolution'
  | 'decree'
  | 'decision'
  | 'circular'
  | 'plan'
  | 'specification';

/**
 * A legal citation as data: which instrument, which article, and how sure the reading is.
 *
 * @example
 * ```ts
 * const basis: LegalCitation = {
 *   kind: 'decree',
 *   number: '07/2021/NĐ-CP',
 *   article: '3.2(a)',
 *   grade: 'L',
 * };
 * basis.grade; //=> 'L'
 * ```
 *
 * @see {@link !"Conventions" | Conventions}
 * @see {@link !"Readings" | Readings}
 */
export interface LegalCitation {
  /** The kind of instrument (decree, decision, circular…). */
  readonly kind: InstrumentKind;
  /** The instrument's official number, as printed (`07/2021/NĐ-CP`). */
  readonly number: string;
  /** The article, clause and point (`3.2(a)`), when the fact sits in one. */
  readonly article?: string;
  /** How sure the reading is. */
  readonly grade: EvidenceGrade;
  /** A short note in English on what is uncertain or how the fact was read. */
  readonly note?: string;
}
