import type { Category } from '../household/types';
import type { Message } from '../i18n/message';
import type { IndicatorStatus } from '../indicators/finding';
import type { LegalCitation } from '../law/citation';
import type { ServiceId } from '../standards/types';
import type { PovertyStatus } from './decide-category';

/** A reason as data: a stable code, a message in both languages, and the figures it rests on. */
export interface Reason {
  /** Stable, kebab-case. */
  readonly code: string;
  /** For people; not part of the contract. */
  readonly message: Message;
  /** The figures compared, when there are any. */
  readonly values?: Readonly<Record<string, number | string | boolean>>;
  /** The legal basis of the step, when it applies law. */
  readonly basis?: LegalCitation;
}

/** One indicator's finding for a household. */
export interface IndicatorResult {
  /** The indicator id (`healthInsurance`). */
  readonly id: string;
  /** The service it belongs to. */
  readonly service: ServiceId;
  /** Deprived, not deprived, or unknown (a needed fact is missing). */
  readonly status: IndicatorStatus;
  /** `derived` from the facts, or `declared` on survey form B2. */
  readonly source: 'derived' | 'declared';
  /** What the facts alone give, when the value was declared. */
  readonly derivedStatus?: IndicatorStatus;
  /** The members who caused the deprivation, or whose facts are missing. */
  readonly members: readonly string[];
  /** Why, as a code and a message. */
  readonly reason: Reason;
  /** Paths of the facts that would decide an unknown indicator. */
  readonly missing: readonly string[];
  /** The indicator's legal basis and evidence grade. */
  readonly basis: LegalCitation;
}

/** Where income stands against the lines. */
export type IncomeBand = 'at-or-below-poverty' | 'between-lines' | 'middle' | 'above-middle';

/** One line compared with the household's income, exactly, in integer đồng. */
export interface IncomeComparison {
  /** Which line. */
  readonly line: 'poverty' | 'near-poverty' | 'middle-upper';
  /** The line per person, as the law states it. */
  readonly amount: number;
  /** Whether `amount` is per month or per year. */
  readonly per: 'month' | 'year';
  /**
   * What was compared: the household's annual income with line × 12 × members
   * (`household-annual`), or the monthly income per capita × 12 with the annual line per
   * person (`per-capita-annual`).
   */
  readonly scale: 'household-annual' | 'per-capita-annual';
  /** The household side of the comparison. */
  readonly householdValue: number;
  /** The line side of the comparison. */
  readonly lineValue: number;
  /** `householdValue ≤ lineValue`. */
  readonly atOrBelow: boolean;
  /** Where the line is set. */
  readonly basis: LegalCitation;
}

/** The lowest and highest score B over every filling of the unknown indicators. */
export interface ScoreRange {
  /** With every unknown indicator not deprived. */
  readonly min: number;
  /** With every unknown indicator deprived. */
  readonly max: number;
}

/** The income test. */
export interface IncomeAssessment {
  /** Which form the income was given in. */
  readonly form: 'annual-total' | 'monthly-per-capita' | 'proxy-score';
  /** Household members counted. */
  readonly memberCount: number;
  /** The annual total, when given. */
  readonly annualTotal?: number;
  /** Monthly income per capita in đồng: as given, or annual total ÷ 12 ÷ members for display. */
  readonly monthlyPerCapita?: number;
  /** How `monthlyPerCapita` was rounded; comparisons never use the rounded figure. */
  readonly monthlyPerCapitaRounding?: 'none' | 'half-up-to-dong';
  /** Score A, when given. */
  readonly proxyScore?: number;
  /** The score A cut-off for the area, when the standard publishes one. */
  readonly scoreACutoff?: number;
  /** Score B (points per deprived indicator), lowest and highest over the unknown indicators. */
  readonly scoreB?: ScoreRange;
  /** Each line compared. */
  readonly comparisons: readonly IncomeComparison[];
  /** The bands the income may be in: one when known. */
  readonly bands: readonly IncomeBand[];
}

/** A fact that would decide an undetermined household, as a path into the household or standard. */
export interface DecidingFact {
  /** `members[0].healthInsurance`, `declared.wasteTreatment`, `income.annualTotal`, `standard.lines.rural.middleUpper`. */
  readonly path: string;
  /** The indicator the fact decides, when it is an indicator's. */
  readonly indicatorId?: string;
}

/**
 * The assessment of one household on one date under one standard: plain, JSON-serialisable data
 * that explains itself. Treat it as immutable: parts that are the same for many households (an
 * indicator result that names no member, a reason) are shared between results and frozen.
 */
export interface Assessment {
  /** The version of vn-poverty that made it. */
  readonly libraryVersion: string;
  /** The household's id, when it has one. */
  readonly householdId?: string;
  /** The standard applied. */
  readonly standardId: string;
  /** The reference date, `YYYY-MM-DD`. */
  readonly on: string;
  /** The category, or `undetermined` when the missing facts could change it. */
  readonly category: Category;
  /**
   * The programme's question: `poor`, `near-poor`, or `neither` (middle or not poor), decided
   * whenever the facts decide it, even where the middle band cannot tell `middle` from `not-poor`
   * (an unpublished middle band leaves `category` undetermined but `poverty` is `neither`).
   */
  readonly poverty: PovertyStatus;
  /** Every category the facts allow: one when decided. */
  readonly possibleCategories: readonly Exclude<Category, 'undetermined'>[];
  /** The income test's result. */
  readonly income: IncomeAssessment;
  /** Each indicator of the standard, in its order. */
  readonly indicators: readonly IndicatorResult[];
  /** How many indicators are deprived. */
  readonly deprivedCount: number;
  /** How many indicators are unknown. */
  readonly unknownCount: number;
  /** Why the household is in its category, step by step. */
  readonly reasons: readonly Reason[];
  /** When undetermined: the facts that would decide it. Empty otherwise. */
  readonly decidingFacts: readonly DecidingFact[];
  /** Remarks that do not change the result (a declared indicator the standard does not have). */
  readonly notes: readonly Reason[];
}
