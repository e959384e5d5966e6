import type { AssessedHousehold } from '../assess/types';
import type { ValidationIssue } from '../errors';

export type { AssessedHousehold };

/** A record that could not be assessed, with its position and every problem found. */
export interface RejectedRecord {
  /** Always `false`. */
  readonly success: false;
  /** The record's position in the input, from 0. */
  readonly index: number;
  /** The record's `id`, when it had a string one. */
  readonly householdId?: string;
  /** Every problem found, each with its path, code and message. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * What the population measures take: assessed households, and rejected records, which they count
 * so that nothing is silently left out (the output of `assessMany` can be passed as it is).
 */
export type PopulationItem = AssessedHousehold | RejectedRecord;

/**
 * A group's key: a string, a finite number, a boolean, or `null` for "no group" (a household with
 * no commune code, say). Keys are compared as `Map` keys: `1` and `'1'` are different groups.
 */
export type GroupKey = string | number | boolean | null;

/**
 * How to group households: by a fact of their location (`'province'`, `'commune'`, `'village'`:
 * `null` when the household has none), by `'area'` (rural or urban), or by any function of the
 * household and its assessment (an ethnic-minority household, a priority group, a poor district).
 *
 * @example
 * ```ts
 * import type { GroupBy } from 'vn-poverty';
 * const byCommune: GroupBy = 'commune';
 * const byHeadEthnicity: GroupBy = ({ household }) => household.members[0]?.ethnicity ?? null;
 * typeof byHeadEthnicity; //=> 'function'
 * byCommune; //=> 'commune'
 * ```
 */
export type GroupBy =
  | 'province'
  | 'commune'
  | 'village'
  | 'area'
  | ((item: AssessedHousehold) => GroupKey);

/**
 * A survey weight for each household (trọng số: how many households of the population it stands
 * for): a finite number at least 0.
 */
export type SurveyWeight = (item: AssessedHousehold) => number;

/**
 * Households' indicator statuses as one typed array, row by row: the layout that Alkire-Foster
 * works on, shared with the library's columnar batch path so that both meet without copying.
 *
 * @remarks `statuses[h * indicatorIds.length + i]` is household `h`'s status on indicator `i`:
 * 0 not deprived, 1 deprived, 2 unknown (see {@link DEPRIVATION_STATUS_CODES}). Build one from
 * assessments with `deprivationMatrix`, or from a table of booleans with your own indicator names
 * with `parseDeprivationMatrix`.
 *
 * @example
 * ```ts
 * import type { DeprivationMatrix } from 'vn-poverty';
 * const matrix: DeprivationMatrix = {
 *   indicatorIds: ['water', 'school'],
 *   households: 2,
 *   statuses: Uint8Array.from([1, 0, 1, 2]), // household 0: water; household 1: water, school unknown
 * };
 * matrix.statuses[1 * matrix.indicatorIds.length + 1]; //=> 2
 * ```
 */
export interface DeprivationMatrix {
  /** The indicators, in column order; unique. */
  readonly indicatorIds: readonly string[];
  /** The number of households (rows). */
  readonly households: number;
  /** `households × indicatorIds.length` status codes, row by row. */
  readonly statuses: Uint8Array;
  /** A survey weight per household, when the households are a weighted sample. */
  readonly weights?: Float64Array | readonly number[];
  /** The service (dimension) of each indicator, in column order: it gives the default weights. */
  readonly services?: readonly string[];
  /** Each household's group, for the subgroup decomposition. */
  readonly groups?: ArrayLike<GroupKey>;
  /** Records that could not be assessed and so have no row, counted so that they stay visible. */
  readonly rejectedRecords?: number;
}

/**
 * The codes of the deprivation matrix: 0 not deprived, 1 deprived, 2 unknown.
 *
 * @example
 * ```ts
 * import { DEPRIVATION_STATUS_CODES } from 'vn-poverty';
 * DEPRIVATION_STATUS_CODES.unknown; //=> 2
 * ```
 */
export const DEPRIVATION_STATUS_CODES: Readonly<{
  /** Not deprived. */
  'not-deprived': 0;
  /** Deprived. */
  deprived: 1;
  /** Unknown: a fact that decides it is missing. */
  unknown: 2;
}> = Object.freeze({
  'not-deprived': 0,
  deprived: 1,
  unknown: 2,
} as const);
