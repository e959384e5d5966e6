import type { ServiceId } from '../standards/types';
import { IndicatorColumns, statusCode } from './indicator-columns';
import { type Source, visitAll } from './iterate';
import { checkOptions } from './options';
import { assessedItem, checkedWeight, describe, isRejected, OneStandard } from './population';
import type { PopulationItem, SurveyWeight } from './types';

/** How many households are deprived, not deprived and unknown on one indicator. */
export interface StatusCounts {
  /** Deprived. */
  readonly deprived: number;
  /** Not deprived. */
  readonly notDeprived: number;
  /** Unknown: a fact that decides it is missing. */
  readonly unknown: number;
}

/** One indicator among one population: counts, weights and shares. */
export interface ProfileCell {
  /** Households. */
  readonly households: StatusCounts;
  /** Sums of survey weights, when weights were given. */
  readonly weights?: StatusCounts;
  /** Shares of the population (weighted when weights were given); `null` for an empty population. */
  readonly shares: StatusCounts | null;
}

/** One indicator's profile among all households, the poor and the near-poor. */
export interface IndicatorProfile {
  /** The indicator id. */
  readonly id: string;
  /** Its service. */
  readonly service: ServiceId;
  /** Among all households. */
  readonly all: ProfileCell;
  /** Among poor households (`poverty` is `poor`). */
  readonly poor: ProfileCell;
  /** Among near-poor households (`poverty` is `near-poor`). */
  readonly nearPoor: ProfileCell;
}

/** The deprivation profile of a population. */
export interface DeprivationProfile {
  /** The standard of the assessments; `null` when there were none. */
  readonly standardId: string | null;
  /** Items read: always `assessed + rejected`. */
  readonly records: number;
  /** Households profiled. */
  readonly assessed: number;
  /** Records that could not be assessed. */
  readonly rejected: number;
  /** Whether survey weights were applied. */
  readonly weighted: boolean;
  /** Households in each population; undetermined households are in `all` only. */
  readonly households: {
    /** All households profiled. */
    readonly all: number;
    /** Poor households. */
    readonly poor: number;
    /** Near-poor households. */
    readonly nearPoor: number;
  };
  /** Each indicator of the standard, in its order. */
  readonly indicators: readonly IndicatorProfile[];
}

/** Options of {@link deprivationProfile}. */
export interface DeprivationProfileOptions {
  /** A survey weight per household. */
  readonly weight?: SurveyWeight;
}

const POPULATIONS = 3; // all, poor, near-poor
const STATUSES = 3; // not deprived, deprived, unknown

/**
 * The deprivation profile (hồ sơ thiếu hụt): for each indicator, the share of households
 * deprived, not deprived and unknown, among all households and among the poor and the near-poor.
 *
 * @remarks Unknown values are shown as unknown, never folded into "not deprived". The poor and
 * the near-poor are the households whose `poverty` is decided as such; households whose poverty
 * is undetermined count among all households only. One pass, over an array, an iterable or an
 * async iterable (then it returns a promise).
 *
 * @param items - assessed households (and rejected records), such as `assessMany` yields
 * @param options - `weight`, a survey weight per household
 * @returns the {@link DeprivationProfile}
 * @throws {@link VnPovertyError} `mixed-standards`, `invalid-survey-weight`, `invalid-options`,
 * `not-iterable`
 *
 * @example
 * ```ts
 * import { assessMany, deprivationProfile } from 'vn-poverty';
 * const household = (id: string, water: string) => ({
 *   id, area: 'rural', income: { annualTotal: 90000000 },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Kinh' }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water, latrine: 'septic', devices: ['radio'],
 * });
 * const items = assessMany([household('A', 'piped'), household('B', 'surface-water')], { on: '2024-06-01' });
 * const profile = deprivationProfile(items);
 * const water = profile.indicators.find((indicator) => indicator.id === 'water');
 * water?.all.shares; //=> { deprived: 0.5, notDeprived: 0.5, unknown: 0 }
 * profile.indicators.find((indicator) => indicator.id === 'healthInsurance')?.all.households.unknown; //=> 2
 * ```
 */
export function deprivationProfile(
  items: Iterable<PopulationItem>,
  options?: DeprivationProfileOptions,
): DeprivationProfile;
export function deprivationProfile(
  items: AsyncIterable<PopulationItem>,
  options?: DeprivationProfileOptions,
): Promise<DeprivationProfile>;
export function deprivationProfile(
  items: Source<PopulationItem>,
  options: DeprivationProfileOptions = {},
): DeprivationProfile | Promise<DeprivationProfile> {
  checkOptions(options, { weight: 'function' }, 'deprivationProfile');
  const weight = options.weight;
  const standard = new OneStandard();
  const columns = new IndicatorColumns();
  // counts[(population × indicators + indicator) × STATUSES + status code]; weights alike.
  let counts = new Float64Array(0);
  let weights = new Float64Array(0);
  const populations = new Float64Array(POPULATIONS);
  let records = 0;
  let rejected = 0;

  const visit = (raw: PopulationItem, index: number): void => {
    records++;
    if (isRejected(raw)) {
      rejected++;
      return;
    }
    const item = assessedItem(raw, index);
    standard.check(item, index);
    const { assessment } = item;
    columns.check(assessment, describe(item, index));
    const d = columns.ids.length;
    if (counts.length === 0 && d > 0) {
      counts = new Float64Array(POPULATIONS * d * STATUSES);
      weights = new Float64Array(POPULATIONS * d * STATUSES);
    }
    const w = weight === undefined ? 1 : checkedWeight(weight(item), describe(item, index));
    const poverty = assessment.poverty;
    const group = poverty === 'poor' ? 1 : poverty === 'near-poor' ? 2 : -1;
    populations[0] = (populations[0] as number) + 1;
    if (group > 0) populations[group] = (populations[group] as number) + 1;
    const bump = (at: number): void => {
      counts[at] = (counts[at] as number) + 1;
      weights[at] = (weights[at] as number) + w;
    };
    for (let i = 0; i < d; i++) {
      const status = statusCode(assessment.indicators[i]?.status ?? 'unknown');
      bump(i * STATUSES + status);
      if (group > 0) bump((group * d + i) * STATUSES + status);
    }
  };

  const finish = (): DeprivationProfile => {
    const d = columns.ids.length;
    const cell = (p: number, i: number): ProfileCell => {
      const at = (p * d + i) * STATUSES;
      // The slots follow the matrix codes: 0 not deprived, 1 deprived, 2 unknown.
      const read = (source: Float64Array): StatusCounts => ({
        deprived: source[at + 1] as number,
        notDeprived: source[at] as number,
        unknown: source[at + 2] as number,
      });
      const households = read(counts);
      const sums = read(weights);
      const total = sums.deprived + sums.notDeprived + sums.unknown;
      const shares =
        total === 0
          ? null
          : {
              deprived: sums.deprived / total,
              notDeprived: sums.notDeprived / total,
              unknown: sums.unknown / total,
            };
      return weight === undefined ? { households, shares } : { households, weights: sums, shares };
    };
    return {
      standardId: standard.standardId ?? null,
      records,
      assessed: records - rejected,
      rejected,
      weighted: weight !== undefined,
      households: {
        all: populations[0] as number,
        poor: populations[1] as number,
        nearPoor: populations[2] as number,
      },
      indicators: columns.ids.map((id, i) => ({
        id,
        service: columns.services[i] as ServiceId,
        all: cell(0, i),
        poor: cell(1, i),
        nearPoor: cell(2, i),
      })),
    };
  };

  return visitAll(items, 'items', visit, finish);
}
