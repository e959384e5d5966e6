import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';
import type {
  ByArea,
  ClassificationRule,
  IndicatorDefinition,
  IndicatorRule,
  LowIncomeWorkerRule,
  ServiceId,
  SurveyScoring,
  Unpublished,
  YearRange,
} from './types';

/** A line in a derived standard; without a citation it is recorded as a what-if line, grade U. */
export interface LineChange {
  /** Integer VND per person. */
  readonly amount: number;
  /** Per month or per year. */
  readonly per: 'month' | 'year';
  /** Where the line is set (a provincial People's Council resolution, for example). */
  readonly basis?: LegalCitation;
}

/** Lines to replace for one area; the others are kept. */
export interface AreaLinesChange {
  /** The new poverty line. */
  readonly poverty?: LineChange;
  /** The new near-poverty line. */
  readonly nearPoverty?: LineChange;
  /** The new top of the middle band, or unpublished. */
  readonly middleUpper?: LineChange | Unpublished;
}

/** Changes to one indicator: `rule` is merged into the current rule, or replaces it when it names another `kind`. */
export interface IndicatorUpdate {
  /** The new service. */
  readonly service?: ServiceId;
  /** The new name. */
  readonly label?: Message;
  /** Parameters to merge into the rule, or a whole rule of another kind. */
  readonly rule?: Partial<IndicatorRule>;
  /** The new legal basis. */
  readonly basis?: LegalCitation;
}

/**
 * Indicators to remove, update or add, in that order.
 *
 * @typeParam Id - the base standard's indicator ids: removing or updating an id the base does not
 * have does not compile where the base is known (`ND07_2021`).
 */
export interface IndicatorChanges<Id extends string = string> {
  /** Ids of indicators to remove. */
  readonly remove?: readonly Id[];
  /** Changes to indicators, by id. */
  readonly update?: Readonly<Partial<Record<Id, IndicatorUpdate>>>;
  /** New indicators, appended after the kept ones. */
  readonly add?: readonly IndicatorDefinition[];
}

/**
 * What a derived standard changes in its base; everything not named is kept.
 *
 * @typeParam Id - the base standard's indicator ids.
 */
export interface StandardChanges<Id extends string = string> {
  /** The new standard's id (kebab-case), different from every national id. */
  readonly id: string;
  /** Its name. */
  readonly title: Message;
  /** Whether parts of it are still unknown; by default the base's. */
  readonly provisional?: boolean;
  /** Its legal basis; by default the base's. */
  readonly basis?: readonly LegalCitation[];
  /** The policy years it governs (within 2000–2100); by default the base's. */
  readonly policyYears?: YearRange;
  /** Lines to replace, by area. */
  readonly lines?: Partial<ByArea<AreaLinesChange>>;
  /**
   * Classification parameters to replace: `deprivationThreshold` from 1 to the number of
   * indicators, `incomeAloneMakesPoor`, `basis`.
   */
  readonly classification?: Partial<ClassificationRule>;
  /** Indicators to remove (by id), update (by id) or add. */
  readonly indicators?: IndicatorChanges<Id>;
  /** The survey scoring method; by default the base's. */
  readonly survey?: SurveyScoring | Unpublished;
  /**
   * The low-income worker rule, replaced whole (for example with another reading of who counts
   * as a worker, `workers`), `null` for none; by default the base's.
   */
  readonly lowIncomeWorker?: LowIncomeWorkerRule | Unpublished | null;
}
