import { type ValidationIssue, VnPovertyError } from '../errors';
import {
  addRatios,
  compareRatios,
  formatRatio,
  integerRatio,
  type Ratio,
  ratio,
  ratioToNumber,
  toRatio,
} from './ratio';

/** A number as the library used it: its value, and its exact form as text (`'1/12'`). */
export interface ExactValue {
  /** The nearest JavaScript number. */
  readonly value: number;
  /** The exact value, `'1/12'` or `'0.25'` read as `'1/4'`. */
  readonly exact: string;
}

/** Where indicator weights came from. */
export type WeightsSource = 'caller' | 'services' | 'equal';

/** Indicator weights scaled to integers over a common denominator, and the cut-off as a score. */
export interface ScaledWeights {
  readonly source: WeightsSource;
  readonly weights: readonly Ratio[];
  /** `weights[i] × denominator`, whole numbers that add up to `denominator`. */
  readonly scaled: Float64Array;
  readonly denominator: number;
  /** The least integer score that is at least `k × denominator`: poor when score ≥ threshold. */
  readonly threshold: number;
  readonly k: Ratio;
}

/** A number as results show it. */
export function exactValue(value: Ratio): ExactValue {
  return { value: ratioToNumber(value), exact: formatRatio(value) };
}

function invalid(issues: ValidationIssue[], en: string, vi: string): VnPovertyError {
  return new VnPovertyError('invalid-options', { vi, en }, issues);
}

function issue(path: string, code: string, vi: string, en: string): ValidationIssue {
  return { path, code, message: { vi, en } };
}

function defaultWeights(
  indicatorIds: readonly string[],
  services: readonly string[] | undefined,
): { source: WeightsSource; weights: Ratio[] } {
  if (services === undefined) {
    return {
      source: 'equal',
      weights: indicatorIds.map(() => integerRatio(1, indicatorIds.length)),
    };
  }
  const perService = new Map<string, number>();
  for (const service of services) perService.set(service, (perService.get(service) ?? 0) + 1);
  return {
    source: 'services',
    weights: services.map((service) =>
      integerRatio(1, perService.size * (perService.get(service) as number)),
    ),
  };
}

function callerWeights(
  indicatorIds: readonly string[],
  given: unknown,
): { source: WeightsSource; weights: Ratio[] } {
  if (given === null || typeof given !== 'object') {
    throw invalid(
      [],
      'weights must be an object from indicator id to weight.',
      'weights phải là một đối tượng: mã chỉ số → trọng số.',
    );
  }
  const issues: ValidationIssue[] = [];
  const ids = new Set(indicatorIds);
  for (const key of Object.keys(given).slice(0, 100)) {
    if (!ids.has(key)) {
      issues.push(
        issue(
          `weights.${key.slice(0, 50)}`,
          'unknown-indicator',
          `Không có chỉ số "${key.slice(0, 50)}" trong ma trận.`,
          `There is no indicator "${key.slice(0, 50)}" in the matrix.`,
        ),
      );
    }
  }
  const weights = indicatorIds.map((id) => {
    const raw = Object.hasOwn(given, id) ? (given as Record<string, unknown>)[id] : undefined;
    const weight = raw === undefined ? undefined : toRatio(raw);
    if (weight === undefined || weight.numerator < 0n) {
      issues.push(
        raw === undefined
          ? issue(
              `weights.${id}`,
              'missing-weight',
              `Thiếu trọng số của chỉ số "${id}": cần trọng số cho mọi chỉ số.`,
              `The indicator "${id}" has no weight: every indicator needs one.`,
            )
          : issue(
              `weights.${id}`,
              'invalid-weight',
              `Trọng số của "${id}" là ${String(raw)}: cần một số không âm (0.25, '1/6').`,
              `The weight of "${id}" is ${String(raw)}: it must be a number at least 0 (0.25, '1/6').`,
            ),
      );
      return integerRatio(0);
    }
    return weight;
  });
  if (issues.length === 0) {
    const sum = weights.reduce(addRatios, integerRatio(0));
    if (compareRatios(sum, integerRatio(1)) !== 0) {
      issues.push(
        issue(
          'weights',
          'weights-do-not-sum-to-one',
          `Tổng trọng số là ${formatRatio(sum)}, không phải 1: dùng phân số như '1/3' khi số thập phân không chính xác.`,
          `The weights sum to ${formatRatio(sum)}, not 1: use fractions such as '1/3' where a decimal is not exact.`,
        ),
      );
    }
  }
  if (issues.length > 0) {
    throw invalid(
      issues,
      'The indicator weights are not valid: see issues.',
      'Trọng số chỉ số không hợp lệ: xem issues.',
    );
  }
  return { source: 'caller', weights };
}

function lcm(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

/**
 * Resolves the indicator weights and the cut-off, and scales both to integers so that every
 * household's score is compared with k exactly: a score equal to k is poor.
 */
export function scaleWeights(
  indicatorIds: readonly string[],
  services: readonly string[] | undefined,
  given: unknown,
  kGiven: unknown,
): ScaledWeights {
  const k = toRatio(kGiven);
  if (k === undefined || k.numerator <= 0n || compareRatios(k, integerRatio(1)) > 0) {
    throw invalid(
      [
        issue(
          'k',
          'invalid-cutoff',
          `Ngưỡng nghèo k là ${String(kGiven)}: cần một số trong (0, 1], như '1/3'.`,
          `The poverty cut-off k is ${String(kGiven)}: it must be in (0, 1], such as '1/3'.`,
        ),
      ],
      `The poverty cut-off k must be a number in (0, 1], such as '1/3' (got ${String(kGiven)}).`,
      `Ngưỡng nghèo k phải là một số trong (0, 1], như '1/3' (nhận ${String(kGiven)}).`,
    );
  }
  const { source, weights } =
    given === undefined
      ? defaultWeights(indicatorIds, services)
      : callerWeights(indicatorIds, given);
  const common = weights.reduce((acc, weight) => lcm(acc, weight.denominator), 1n);
  if (common > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw invalid(
      [],
      `The indicator weights need a common denominator of ${common}, too large to compare exactly: give them with fewer digits or as simpler fractions.`,
      `Các trọng số cần mẫu số chung ${common}, quá lớn để so sánh chính xác: dùng ít chữ số hơn hoặc phân số đơn giản hơn.`,
    );
  }
  const scaled = Float64Array.from(weights, (weight) =>
    Number((weight.numerator * common) / weight.denominator),
  );
  const product = ratio(k.numerator * common, k.denominator);
  const threshold = (product.numerator + product.denominator - 1n) / product.denominator;
  return { source, weights, scaled, denominator: Number(common), threshold: Number(threshold), k };
}
