import type { Category, Household, PovertyStatus } from '../household/types';
import type { Message } from '../i18n/message';
import type { EvidenceValues, IndicatorStatus, MemberEvidence } from '../indicators/finding';
import type { IndicatorReasonCode } from '../indicators/reason-codes';
import type { LegalCitation } from '../law/citation';
import type { ServiceId } from '../standards/types';

/**
 * The codes of the reasons an assessment gives for its category, step by step: where income
 * stands, how the deprivations compare with the threshold, and the outcome.
 *
 * @see {@link !"Codes" | Codes}
 */
export type AssessmentReasonCode =
  | 'income-at-or-below-poverty-line'
  | 'income-between-lines'
  | 'income-in-middle-band'
  | 'income-above-middle-band'
  | 'income-above-poverty-middle-band-unpublished'
  | 'proxy-score-at-or-below-cutoff'
  | 'proxy-score-above-cutoff'
  | 'proxy-score-not-defined'
  | 'deprivations-meet-threshold'
  | 'deprivations-below-threshold'
  | 'deprivations-depend-on-unknowns'
  | 'income-poor-but-too-few-deprivations'
  | 'income-alone-makes-poor'
  | 'unknowns-do-not-change-category'
  | 'category-undetermined';

/**
 * The codes of an assessment's notes: remarks that do not change the result but that a reader
 * must see.
 *
 * - `declared-indicator-not-in-standard`: a declared (form B2) indicator the standard does not have;
 * - `standard-chosen-by-date-in-review-window`: the date falls in an annual review window and the
 *   standard was picked by the date, not for the review (which uses the next year's);
 * - `reference-date-outside-review-window`: `reviewYear` was given with a date outside that review;
 * - `standard-outside-policy-years`: an explicit standard applied to a date outside its years;
 * - `carried-over-cutoff-used`: under a provisional standard, the answer used a cut-off carried
 *   over unverified from an earlier standard (one note per such indicator).
 *
 * @see {@link !"Codes" | Codes}
 */
export type NoteCode =
  | 'declared-indicator-not-in-standard'
  | 'standard-chosen-by-date-in-review-window'
  | 'reference-date-outside-review-window'
  | 'standard-outside-policy-years'
  | 'carried-over-cutoff-used';

/** A reason as data: a stable code, a message in both languages, and the figures it rests on. */
export interface Reason<Code extends string = string> {
  /** Stable, kebab-case: the contract that programs switch on. */
  readonly code: Code;
  /** For people; not part of the contract. */
  readonly message: Message;
  /** The figures compared, when there are any. */
  readonly values?: Readonly<Record<string, number | string | boolean>>;
  /** The legal basis of the step, when it applies law. */
  readonly basis?: LegalCitation;
}

/** A remark on an assessment that does not change its result. */
export type Note = Reason<NoteCode>;

/** One indicator's finding for a household. */
export interface IndicatorResult<Id extends string = string> {
  /** The indicator id (`healthInsurance`). */
  readonly id: Id;
  /** Its name, in Vietnamese and English, as the standard gives it. */
  readonly label: Message;
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
  readonly reason: Reason<IndicatorReasonCode>;
  /**
   * The figures the rule compared and its cut-offs, by name: for floor area `floorAreaM2`,
   * `memberCount`, `areaPerMemberM2` (rounded half up to 0.01 m², display only),
   * `minimumM2PerMember` and `minimumFloorAreaM2`; for dependants their count, the members and the
   * share; for member rules the cut-off ages and `membersInScope`. Empty for a declared value.
   */
  readonly values: EvidenceValues;
  /**
   * The members whose facts decided, with their age on the reference date and the facts the rule
   * read: each deprived member; each member whose facts are missing; each dependant; for a service
   * that someone uses, the first user (one is enough).
   */
  readonly memberValues: readonly MemberEvidence[];
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
  /** The member whose fact it is, when it is a member's (`members[i]…`). */
  readonly memberId?: string;
}

/**
 * The assessment of one household on one date under one standard: plain, JSON-serialisable data
 * that explains itself. Every object in it is the result's own: the library never shares a part
 * of one result with another, nor keeps one, so a result may be changed or stored freely.
 *
 * @see {@link !"Getting started" | Getting started}
 * @see {@link !"Codes" | Codes}
 */
export interface Assessment<Id extends string = string> {
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
  readonly indicators: readonly IndicatorResult<Id>[];
  /** How many indicators are deprived. */
  readonly deprivedCount: number;
  /** How many indicators are unknown. */
  readonly unknownCount: number;
  /** Why the household is in its category, step by step. */
  readonly reasons: readonly Reason<AssessmentReasonCode>[];
  /** When undetermined: the facts that would decide it. Empty otherwise. */
  readonly decidingFacts: readonly DecidingFact[];
  /**
   * Remarks that do not change the result but must be read with it: how the standard was chosen,
   * a declared indicator the standard does not have, cut-offs carried over unverified.
   */
  readonly notes: readonly Note[];
}

/**
 * A household with its assessment: what the population measures and the targeting functions take,
 * and what `assessMany` yields for a record it accepted.
 */
export interface AssessedHousehold {
  /** A household that `parseHousehold` accepted. */
  readonly household: Household;
  /** Its assessment (`assessHousehold` or `createAssessor`). */
  readonly assessment: Assessment;
}
