import { VnPovertyError } from '../errors';
import { type ExactValue, exactValue, scaleWeights, type WeightsSource } from './indicator-weights';
import { checkOptions } from './options';
import { checkedWeight, isGroupKey } from './population';
import { type ExactNumber, ratioToNumber } from './ratio';
import type { DeprivationMatrix, GroupKey } from './types';

/**
 * How unknown indicator values count in Alkire-Foster: as not deprived, as deprived, or by
 * excluding the household (it is then counted in `population.excluded`, in no measure). There is
 * no default: the choice changes the figures and is recorded in the result.
 */
export type UnknownTreatment = 'not-deprived' | 'deprived' | 'exclude';

/** Options of {@link alkireFoster}. */
export interface AlkireFosterOptions {
  /** The poverty cut-off k, a share of the weighted indicators in (0, 1]: `'1/3'`, `0.4`. */
  readonly k: ExactNumber;
  /** How unknown values count. */
  readonly unknown: UnknownTreatment;
  /**
   * A weight for every indicator, by id, at least 0 and adding up to exactly 1. By default each
   * service (dimension) weighs the same and its indicators share its weight equally; without
   * services in the matrix, every indicator weighs the same.
   */
  readonly weights?: Readonly<Record<string, ExactNumber>>;
}

/** One indicator in an Alkire-Foster result. */
export interface AlkireFosterIndicator {
  /** The indicator id. */
  readonly id: string;
  /** Its service (dimension), when the matrix names them. */
  readonly service?: string;
  /** Its weight, exact. */
  readonly weight: ExactValue;
  /** Share of households deprived in it (uncensored headcount ratio); `null` for no households. */
  readonly uncensoredHeadcountRatio: number | null;
  /** Share of households poor and deprived in it (censored headcount ratio). */
  readonly censoredHeadcountRatio: number | null;
  /** Its share of M0, `weight × censored ÷ M0`; the shares add up to 1; `null` when M0 is 0. */
  readonly contribution: number | null;
}

/** One subgroup in the decomposition: population share × M0 of the subgroups add up to M0. */
export interface AlkireFosterGroup {
  /** The group's key. */
  readonly key: GroupKey;
  /** Households counted in it. */
  readonly households: number;
  /** Households excluded from it for unknown values. */
  readonly excluded: number;
  /** Its share of the counted population (weighted when weights were given). */
  readonly populationShare: number | null;
  /** Its headcount ratio H. */
  readonly headcountRatio: number | null;
  /** Its intensity A; `null` when it has no poor household. */
  readonly intensity: number | null;
  /** Its adjusted headcount ratio M0. */
  readonly adjustedHeadcountRatio: number | null;
  /** Its share of the total M0, `populationShare × M0(group) ÷ M0`; `null` when M0 is 0. */
  readonly contribution: number | null;
}

/** Who was counted. */
export interface AlkireFosterPopulation {
  /** Rows of the matrix. */
  readonly households: number;
  /** Households counted: `households − excluded`. */
  readonly counted: number;
  /** Households excluded for unknown values (only with `unknown: 'exclude'`). */
  readonly excluded: number;
  /** Households identified as poor. */
  readonly poor: number;
  /** Records that had no row (rejected by `assessMany`), as the matrix reports them. */
  readonly rejectedRecords: number;
  /** Sums of survey weights, when the matrix has them. */
  readonly weights?: {
    /** Of the households counted. */
    readonly counted: number;
    /** Of the households excluded. */
    readonly excluded: number;
    /** Of the poor. */
    readonly poor: number;
  };
}

/** The result of {@link alkireFoster}. */
export interface AlkireFosterResult {
  /** The poverty cut-off, exact. */
  readonly k: ExactValue;
  /** How unknown values were counted. */
  readonly unknown: UnknownTreatment;
  /** Where the indicator weights came from: the caller, the services, or equal. */
  readonly weightsFrom: WeightsSource;
  /** Whether survey weights were applied. */
  readonly weighted: boolean;
  /** Who was counted. */
  readonly population: AlkireFosterPopulation;
  /** H: the share of households that are poor; `null` for no households. */
  readonly headcountRatio: number | null;
  /** A: the average deprivation score of the poor; `null` when no household is poor. */
  readonly intensity: number | null;
  /** M0 = H × A: the adjusted headcount ratio, the mean censored deprivation score. */
  readonly adjustedHeadcountRatio: number | null;
  /**
   * Standard errors of H and M0 under simple random sampling: `√(n/(n−1) · Σ (wᵢ/Σw)² (xᵢ − x̄)²)`
   * over the n counted households, which is `s/√n` without weights; `null` for fewer than 2.
   */
  readonly standardErrors: {
    /** Of H. */
    readonly headcountRatio: number | null;
    /** Of M0. */
    readonly adjustedHeadcountRatio: number | null;
  };
  /** Each indicator, in column order. */
  readonly indicators: readonly AlkireFosterIndicator[];
  /** Each subgroup, in the order of its first household; empty when the matrix has no groups. */
  readonly groups: readonly AlkireFosterGroup[];
}

function invalidMatrix(en: string, vi: string): VnPovertyError {
  return new VnPovertyError('invalid-deprivation-matrix', { vi, en });
}

function checkMatrix(matrix: DeprivationMatrix): void {
  if (matrix === null || typeof matrix !== 'object') {
    throw invalidMatrix(
      'The deprivation matrix must be an object.',
      'Ma trận thiếu hụt phải là một đối tượng.',
    );
  }
  const { indicatorIds, households, statuses, weights, services, groups } = matrix;
  // An empty population may have no indicators (no assessment to take them from): its measures are null.
  if (!Array.isArray(indicatorIds) || (indicatorIds.length === 0 && households !== 0)) {
    throw invalidMatrix(
      'indicatorIds must list at least one indicator.',
      'indicatorIds phải có ít nhất một chỉ số.',
    );
  }
  if (
    new Set(indicatorIds).size !== indicatorIds.length ||
    indicatorIds.some((id) => typeof id !== 'string')
  ) {
    throw invalidMatrix(
      'indicatorIds must be distinct strings.',
      'indicatorIds phải là các chuỗi khác nhau.',
    );
  }
  if (!Number.isSafeInteger(households) || households < 0) {
    throw invalidMatrix(
      `households is ${String(households)}: it must be a whole number at least 0.`,
      `households là ${String(households)}: cần một số nguyên không âm.`,
    );
  }
  if (!(statuses instanceof Uint8Array) || statuses.length !== households * indicatorIds.length) {
    throw invalidMatrix(
      `statuses must be a Uint8Array of households × indicators = ${households * indicatorIds.length} codes.`,
      `statuses phải là Uint8Array gồm số hộ × số chỉ số = ${households * indicatorIds.length} mã.`,
    );
  }
  const lengthOf = (name: string, value: ArrayLike<unknown> | undefined, expected: number) => {
    if (value !== undefined && (value === null || value.length !== expected)) {
      throw invalidMatrix(
        `${name} must have ${expected} entries.`,
        `${name} phải có ${expected} phần tử.`,
      );
    }
  };
  lengthOf('weights', weights, households);
  lengthOf('services', services, indicatorIds.length);
  lengthOf('groups', groups, households);
}

function groupAt(groups: ArrayLike<GroupKey>, h: number): GroupKey {
  const key = groups[h] as unknown;
  if (isGroupKey(key)) return key;
  throw new VnPovertyError('invalid-group-key', {
    vi: `Nhóm của hộ #${h} là ${String(key)}: cần chuỗi, số hữu hạn, boolean hoặc null.`,
    en: `The group of household #${h} is ${String(key)}: it must be a string, a finite number, a boolean or null.`,
  });
}

/** Sums per subgroup. */
class GroupSums {
  readonly keys: GroupKey[] = [];
  private readonly index = new Map<GroupKey, number>();
  households: number[] = [];
  excluded: number[] = [];
  weight: number[] = [];
  poorWeight: number[] = [];
  score: number[] = [];

  slot(key: GroupKey): number {
    let at = this.index.get(key);
    if (at === undefined) {
      at = this.keys.length;
      this.index.set(key, at);
      this.keys.push(key);
      for (const list of [this.households, this.excluded, this.weight, this.poorWeight, this.score])
        list.push(0);
    }
    return at;
  }
}

const ratioOrNull = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;

/**
 * The Alkire-Foster method (phương pháp Alkire-Foster), behind multidimensional poverty indices
 * and Vietnam's statistical MPI: identifies the poor by their weighted deprivation score against
 * a cut-off k, and gives H, A, M0 = H × A, censored and uncensored headcount ratios, each
 * indicator's contribution, the subgroup decomposition and standard errors.
 *
 * @remarks Legal basis: none; a statistical method. The General Statistics Office's MPI uses it
 * with 5 dimensions of equal weight and k = 1/3 (spec/standards.md §9, grade N), which differs
 * from the administrative rule of the standards (income and a count of deprivations).
 *
 * Weights and k are compared exactly: both are scaled to integers over the weights' common
 * denominator, so a household whose weighted score equals k is poor, always (weights 0.7 and 0.1
 * score 0.8, not 0.7999999999999999). Give weights as fractions (`'1/6'`) or decimals that are exact
 * (`0.25`); decimals that are not (`0.3333`) make the weights miss 1 and are refused. The matrix
 * is read row by row in one pass (two over each row's indicators); a million households take a
 * fraction of a second.
 *
 * @param matrix - statuses row by row (see {@link DeprivationMatrix}), from `deprivationMatrix`
 * or `parseDeprivationMatrix`
 * @param options - the cut-off `k`, the treatment of `unknown` values, and optionally `weights`
 * @returns the {@link AlkireFosterResult}
 * @throws {@link VnPovertyError} `invalid-options` for k, weights or options;
 * `invalid-deprivation-matrix` for a matrix that does not hold together;
 * `invalid-survey-weight`, `invalid-group-key`
 *
 * @example
 * ```ts
 * import { alkireFoster, parseDeprivationMatrix } from 'vn-poverty';
 * // Alkire and Foster (2011), the example of section 4: four people, four dimensions, k = 2 of 4.
 * const parsed = parseDeprivationMatrix({
 *   indicatorIds: ['d1', 'd2', 'd3', 'd4'], // any names: the paper's four dimensions
 *   rows: [[false, false, false, false], [false, true, false, true], [true, true, true, true], [false, true, false, false]],
 * });
 * if (!parsed.success) throw new Error('invalid matrix');
 * const result = alkireFoster(parsed.data, { k: '1/2', unknown: 'exclude' });
 * result.headcountRatio; //=> 0.5
 * result.intensity; //=> 0.75
 * result.adjustedHeadcountRatio; //=> 0.375
 * ```
 */
export function alkireFoster(
  matrix: DeprivationMatrix,
  options: AlkireFosterOptions,
): AlkireFosterResult {
  if (options === undefined) {
    throw new VnPovertyError('invalid-options', {
      vi: 'alkireFoster cần tuỳ chọn { k, unknown }.',
      en: 'alkireFoster needs the options { k, unknown }.',
    });
  }
  checkOptions(options, { k: 'defined', unknown: 'defined', weights: 'object' }, 'alkireFoster');
  const unknown = options.unknown;
  if (unknown !== 'not-deprived' && unknown !== 'deprived' && unknown !== 'exclude') {
    throw new VnPovertyError('invalid-options', {
      vi: `unknown là ${String(unknown)}: chọn 'not-deprived', 'deprived' hoặc 'exclude' (không có mặc định).`,
      en: `unknown is ${String(unknown)}: choose 'not-deprived', 'deprived' or 'exclude' (there is no default).`,
    });
  }
  checkMatrix(matrix);
  const { indicatorIds, households, statuses, weights, services, groups } = matrix;
  const scale = scaleWeights(indicatorIds, services, options.weights, options.k);
  const d = indicatorIds.length;
  const scaled = scale.scaled;
  const threshold = scale.threshold;
  const unknownDeprives = unknown === 'deprived';
  const excludeUnknown = unknown === 'exclude';

  const uncensored = new Float64Array(d);
  const censored = new Float64Array(d);
  const sums = new GroupSums();
  let counted = 0;
  let excluded = 0;
  let poor = 0;
  let countedWeight = 0;
  let excludedWeight = 0;
  let poorWeight = 0;
  let scoreSum = 0; // Σ w × score over the poor, in units of 1/denominator
  let squaredWeights = 0; // Σ w² over the counted
  let poorSquaredWeights = 0; // Σ w² over the poor
  let poorSquaredScore = 0; // Σ w² × c, c = score ÷ denominator
  let poorSquaredScoreSquared = 0; // Σ w² × c²

  for (let h = 0; h < households; h++) {
    const base = h * d;
    let score = 0;
    let hasUnknown = false;
    for (let i = 0; i < d; i++) {
      const status = statuses[base + i] as number;
      if (status === 1) score += scaled[i] as number;
      else if (status === 2) {
        if (unknownDeprives) score += scaled[i] as number;
        else hasUnknown = true;
      } else if (status !== 0) {
        throw invalidMatrix(
          `statuses[${base + i}] is ${status}: a status is 0 (not deprived), 1 (deprived) or 2 (unknown).`,
          `statuses[${base + i}] là ${status}: mã trạng thái là 0 (không thiếu hụt), 1 (thiếu hụt) hoặc 2 (chưa rõ).`,
        );
      }
    }
    let w = 1;
    if (weights !== undefined) {
      w = weights[h] as number;
      // The common case inline; checkedWeight only to explain a bad one.
      if (!(typeof w === 'number' && w >= 0 && w < Number.POSITIVE_INFINITY)) {
        w = checkedWeight(weights[h], `#${h}`);
      }
    }
    const group = groups === undefined ? -1 : sums.slot(groupAt(groups, h));
    if (hasUnknown && excludeUnknown) {
      excluded++;
      excludedWeight += w;
      if (group >= 0) sums.excluded[group] = (sums.excluded[group] as number) + 1;
      continue;
    }
    counted++;
    countedWeight += w;
    squaredWeights += w * w;
    const isPoor = score >= threshold;
    for (let i = 0; i < d; i++) {
      const status = statuses[base + i] as number;
      if (status === 1 || (status === 2 && unknownDeprives)) {
        uncensored[i] = (uncensored[i] as number) + w;
        if (isPoor) censored[i] = (censored[i] as number) + w;
      }
    }
    if (group >= 0) {
      sums.households[group] = (sums.households[group] as number) + 1;
      sums.weight[group] = (sums.weight[group] as number) + w;
    }
    if (!isPoor) continue;
    poor++;
    poorWeight += w;
    scoreSum += w * score;
    poorSquaredWeights += w * w;
    const c = score / scale.denominator;
    poorSquaredScore += w * w * c;
    poorSquaredScoreSquared += w * w * c * c;
    if (group >= 0) {
      sums.poorWeight[group] = (sums.poorWeight[group] as number) + w;
      sums.score[group] = (sums.score[group] as number) + w * score;
    }
  }

  const D = scale.denominator;
  const H = ratioOrNull(poorWeight, countedWeight);
  const M0 = countedWeight === 0 ? null : scoreSum / D / countedWeight;
  const A = poorWeight === 0 ? null : scoreSum / D / poorWeight;
  const contributionOf = (part: number): number | null =>
    M0 === null || M0 === 0 ? null : part / M0;

  // Var = n/(n−1) · Σ (w/W)² (x − x̄)², expanded so that one pass suffices.
  const correction = counted < 2 ? null : counted / (counted - 1) / (countedWeight * countedWeight);
  const seH =
    correction === null || H === null
      ? null
      : Math.sqrt(
          correction *
            (poorSquaredWeights * (1 - H) ** 2 + (squaredWeights - poorSquaredWeights) * H * H),
        );
  const seM0 =
    correction === null || M0 === null
      ? null
      : Math.sqrt(
          Math.max(
            0,
            correction *
              (poorSquaredScoreSquared - 2 * M0 * poorSquaredScore + M0 * M0 * squaredWeights),
          ),
        );

  return {
    k: exactValue(scale.k),
    unknown,
    weightsFrom: scale.source,
    weighted: weights !== undefined,
    population: {
      households,
      counted,
      excluded,
      poor,
      rejectedRecords: matrix.rejectedRecords ?? 0,
      ...(weights === undefined
        ? {}
        : { weights: { counted: countedWeight, excluded: excludedWeight, poor: poorWeight } }),
    },
    headcountRatio: H,
    intensity: A,
    adjustedHeadcountRatio: M0,
    standardErrors: { headcountRatio: seH, adjustedHeadcountRatio: seM0 },
    indicators: indicatorIds.map((id, i) => {
      const weight = scale.weights[i] as (typeof scale.weights)[number];
      const censoredRatio = ratioOrNull(censored[i] as number, countedWeight);
      return {
        id,
        ...(services === undefined ? {} : { service: services[i] as string }),
        weight: exactValue(weight),
        uncensoredHeadcountRatio: ratioOrNull(uncensored[i] as number, countedWeight),
        censoredHeadcountRatio: censoredRatio,
        contribution:
          censoredRatio === null ? null : contributionOf(ratioToNumber(weight) * censoredRatio),
      };
    }),
    groups: sums.keys.map((key, g) => {
      const weight = sums.weight[g] as number;
      const groupM0 = weight === 0 ? null : (sums.score[g] as number) / D / weight;
      const share = ratioOrNull(weight, countedWeight);
      return {
        key,
        households: sums.households[g] as number,
        excluded: sums.excluded[g] as number,
        populationShare: share,
        headcountRatio: ratioOrNull(sums.poorWeight[g] as number, weight),
        intensity:
          (sums.poorWeight[g] as number) === 0
            ? null
            : (sums.score[g] as number) / D / (sums.poorWeight[g] as number),
        adjustedHeadcountRatio: groupM0,
        contribution: share === null || groupM0 === null ? null : contributionOf(share * groupM0),
      };
    }),
  };
}
