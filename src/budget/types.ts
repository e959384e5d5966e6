import type { Message } from '../i18n/message';
import type { LegalCitation } from '../law/citation';

/**
 * How a criterion's value is read.
 *
 * - `count`: a whole number of something (poor households, people), at least 0;
 * - `quantity`: any amount at least 0 (an area in km², a length of road);
 * - `rate`: a proportion from 0 to 1 (0.35 for 35%);
 * - `flag`: `true` or `false` (a poor district, an extremely difficult commune).
 */
export type CriterionKind = 'count' | 'quantity' | 'rate' | 'flag';

/**
 * One criterion (tiêu chí) of a criteria table: what it measures and how many points it is worth.
 *
 * @example
 * ```ts
 * const poor: AllocationCriterion = {
 *   id: 'poorHouseholds',
 *   label: { vi: 'Số hộ nghèo', en: 'Poor households' },
 *   kind: 'count',
 *   weight: 1,
 *   coefficients: ['area'],
 * };
 * poor.weight; //=> 1
 * ```
 */
export interface AllocationCriterion {
  /** A key of the units' `values`, unique in the table. */
  readonly id: string;
  /** Its name, for the explanation table. */
  readonly label: Message;
  /** How the value is read. */
  readonly kind: CriterionKind;
  /**
   * Points (điểm) for one of the value: per household or person for a count, per 1 (100%) for a
   * rate, for `true` for a flag. At least 0.
   */
  readonly weight: number;
  /** Ids of the table's coefficient tables that multiply this criterion's points. */
  readonly coefficients?: readonly string[];
}

/**
 * A coefficient table (hệ số): a multiplier by the category a unit is in, such as its region.
 *
 * @example
 * ```ts
 * const area: CoefficientTable = {
 *   id: 'area',
 *   label: { vi: 'Hệ số vùng', en: 'Area coefficient' },
 *   values: { lowland: 1, midland: 1.2, mountainous: 1.5 },
 * };
 * area.values.mountainous; //=> 1.5
 * ```
 */
export interface CoefficientTable {
  /** A key of the units' `categories`, unique in the table. */
  readonly id: string;
  /** Its name. */
  readonly label: Message;
  /** The coefficient of each category, at least 0. */
  readonly values: Readonly<Record<string, number>>;
}

/**
 * A criteria table (bảng tiêu chí và hệ số phân bổ): the caller's data, usually a People's
 * Council resolution's, that says how points are counted.
 *
 * @remarks A unit's points are the sum, over the criteria, of value × weight × the coefficients
 * the criterion names; its share is its points over all units' points.
 *
 * @example
 * ```ts
 * const table: CriteriaTable = {
 *   id: 'two-criteria',
 *   title: { vi: 'Bảng hai tiêu chí', en: 'Two-criteria table' },
 *   criteria: [
 *     { id: 'poor', label: { vi: 'Hộ nghèo', en: 'Poor households' }, kind: 'count', weight: 2 },
 *     { id: 'nearPoor', label: { vi: 'Hộ cận nghèo', en: 'Near-poor households' }, kind: 'count', weight: 1 },
 *   ],
 * };
 * table.criteria.length; //=> 2
 * ```
 */
export interface CriteriaTable {
  /** A short id (kebab-case), carried by every allocation made with the table. */
  readonly id: string;
  /** Its name. */
  readonly title: Message;
  /** Where the table is set (a People's Council resolution); none for a what-if. */
  readonly basis?: readonly LegalCitation[];
  /** `true` for an illustration that no authority adopted, such as the library's own example. */
  readonly example?: boolean;
  /** The criteria, at least one. */
  readonly criteria: readonly AllocationCriterion[];
  /** The coefficient tables that criteria name. */
  readonly coefficients?: readonly CoefficientTable[];
}

/**
 * One unit that receives a part of the total: a province, a commune, a project.
 *
 * @example
 * ```ts
 * const commune: AllocationUnit = {
 *   id: '19001',
 *   name: 'Xã A',
 *   values: { poor: 120, nearPoor: 80 },
 *   floor: 500000000,
 * };
 * commune.values.poor; //=> 120
 * ```
 */
export interface AllocationUnit {
  /** Unique among the units; it also breaks exact ties in rounding. */
  readonly id: string;
  /** Its name, for display. */
  readonly name?: string;
  /** A value for every criterion of the table, by criterion id, and no other. */
  readonly values: Readonly<Record<string, number | boolean>>;
  /** The unit's category in each coefficient table its criteria use, by table id. */
  readonly categories?: Readonly<Record<string, string>>;
  /** The least it may receive, in đồng (a multiple of the rounding unit). */
  readonly floor?: number;
  /** The most it may receive, in đồng (a multiple of the rounding unit). */
  readonly cap?: number;
}

/**
 * A fixed share of the total set aside before the split by criteria, such as the 15% of Project 1
 * for the poor-district exit scheme (Decision 02/2022/QĐ-TTg).
 *
 * @example
 * ```ts
 * const scheme: CarveOut = {
 *   id: 'exit-scheme',
 *   label: { vi: 'Đề án thoát nghèo', en: 'Exit scheme' },
 *   percent: 15,
 *   bound: 'at-most',
 * };
 * scheme.percent; //=> 15
 * ```
 */
export interface CarveOut {
  /** Unique among the carve-outs. */
  readonly id: string;
  /** Its name. */
  readonly label: Message;
  /** Its share of the total, in percent: above 0, at most 100. */
  readonly percent: number;
  /** Whether the law sets this share as a ceiling, a minimum or exactly (for the explanation). */
  readonly bound?: 'at-most' | 'at-least' | 'exactly';
  /** Where the share is set. */
  readonly basis?: LegalCitation;
}

/** A rounding unit: a power of ten from 1 đồng to 1,000,000,000 đồng. */
export type RoundingUnit =
  | 1
  | 10
  | 100
  | 1_000
  | 10_000
  | 100_000
  | 1_000_000
  | 10_000_000
  | 100_000_000
  | 1_000_000_000;

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /** Every amount is a multiple of it; 1 đồng by default. */
  readonly roundingUnit?: RoundingUnit;
  /** Shares of the total set aside before the split by criteria. */
  readonly carveOuts?: readonly CarveOut[];
}

/** The stable codes of the reasons attached to each unit's amount. */
export type AllocationReasonCode =
  | 'criteria-share'
  | 'zero-points'
  | 'floor-applied'
  | 'cap-applied'
  | 'rounded-up'
  | 'rounded-down';

/** Why a unit received what it did: a stable code and a message (the figures are the unit's fields). */
export interface AllocationReason {
  /** The stable code. */
  readonly code: AllocationReasonCode;
  /** The explanation, in Vietnamese and English. */
  readonly message: Message;
}

/** One coefficient applied to a criterion of a unit. */
export interface AppliedCoefficient {
  /** The coefficient table. */
  readonly tableId: string;
  /** The unit's category in it. */
  readonly category: string;
  /** The coefficient. */
  readonly value: number;
}

/** The points one criterion gave one unit. */
export interface CriterionPoints {
  /** The criterion. */
  readonly criterionId: string;
  /** The unit's value, as given. */
  readonly value: number | boolean;
  /** The criterion's weight. */
  readonly weight: number;
  /** The coefficients that multiplied it. */
  readonly coefficients: readonly AppliedCoefficient[];
  /** value × weight × coefficients, exactly, as a decimal string. */
  readonly points: string;
}

/**
 * One unit's amount with its explanation. Decimal strings (`points`, `share`, the amounts before
 * rounding) are exact where the value has a finite decimal form; ratios that have none are shown
 * rounded half away from zero to the decimals that {@link AllocationRounding} names.
 */
export interface UnitAllocation {
  /** The unit. */
  readonly id: string;
  /** Its name, when given. */
  readonly name?: string;
  /** Points per criterion, in the table's order. */
  readonly criteria: readonly CriterionPoints[];
  /** The sum of the criteria's points, exactly. */
  readonly points: string;
  /** points ÷ all units' points. */
  readonly share: string;
  /** What the share alone would give, in đồng: the amount split by criteria × share. */
  readonly criteriaAmount: string;
  /** `floor` or `cap` when that bound decided the amount, else `none`. */
  readonly limit: 'floor' | 'cap' | 'none';
  /** The unit's floor, when it has one. */
  readonly floor?: number;
  /** The unit's cap, when it has one. */
  readonly cap?: number;
  /** The amount after floors and caps, before rounding, in đồng. */
  readonly amountBeforeRounding: string;
  /** amount − amountBeforeRounding, in đồng. */
  readonly roundingAdjustment: string;
  /** The amount, in whole đồng, a multiple of the rounding unit. */
  readonly amount: number;
  /** Why, as codes and messages. */
  readonly reasons: readonly AllocationReason[];
}

/** One carve-out's amount. */
export interface CarveOutAmount {
  /** The carve-out. */
  readonly id: string;
  /** Its name. */
  readonly label: Message;
  /** Its share of the total, in percent. */
  readonly percent: number;
  /** Whether the law sets the share as a ceiling, a minimum or exactly. */
  readonly bound?: 'at-most' | 'at-least' | 'exactly';
  /** Where the share is set. */
  readonly basis?: LegalCitation;
  /** total × percent ÷ 100, before rounding, in đồng. */
  readonly amountBeforeRounding: string;
  /** amount − amountBeforeRounding, in đồng. */
  readonly roundingAdjustment: string;
  /** The amount, in whole đồng. */
  readonly amount: number;
}

/** Which roundings an allocation used, named so that an auditor can redo them. */
export interface AllocationRounding {
  /** Every amount is a multiple of this many đồng. */
  readonly unit: number;
  /** Largest remainders (phương pháp số dư lớn nhất): each part gets its whole units, then the units left go one each to the largest remainders. */
  readonly method: 'largest-remainder';
  /** Equal remainders go first to the unit with more points, then to the smaller id (compared by UTF-16 code units, never by locale). */
  readonly tieBreak: 'larger-points-then-smaller-id';
  /** Decimal places of the shares shown (rounded half away from zero; display only). */
  readonly shareDecimals: number;
  /** Decimal places of đồng in the amounts before rounding shown (display only). */
  readonly amountDecimals: number;
}

/**
 * A total divided among units, every amount explained. The amounts of the carve-outs and the units
 * add up exactly to `total`.
 */
export interface Allocation {
  /** The criteria table used. */
  readonly tableId: string;
  /** Its name. */
  readonly tableTitle: Message;
  /** Whether the table is an illustration rather than a rule someone adopted. */
  readonly example: boolean;
  /** Where the table is set. */
  readonly basis: readonly LegalCitation[];
  /** The total divided, in đồng. */
  readonly total: number;
  /** The carve-outs, in the order given. */
  readonly carveOuts: readonly CarveOutAmount[];
  /** What was split by criteria: total − carve-outs, in đồng. */
  readonly distributed: number;
  /** All units' points, exactly. */
  readonly totalPoints: string;
  /** How many passes floors and caps took to settle (1 when none bound). */
  readonly settlingPasses: number;
  /** The roundings used. */
  readonly rounding: AllocationRounding;
  /** Each unit, in the order given. */
  readonly units: readonly UnitAllocation[];
  /** The version of vn-poverty that made it. */
  readonly libraryVersion: string;
}
