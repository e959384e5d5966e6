import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AlkireFosterResult,
  type AssessedHousehold,
  alkireFoster,
  type DeprivationMatrix,
  deprivationMatrix,
  parseDeprivationMatrix,
  type UnknownTreatment,
  type VnPovertyError,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { assessed, SIX, SIX_WEIGHTS } from './helpers';

function matrix(input: unknown): DeprivationMatrix {
  const parsed = parseDeprivationMatrix(input);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

/**
 * Alkire, S. and Foster, J. (2011), "Counting and multidimensional poverty measurement", Journal
 * of Public Economics 95(7–8), 476–487, section 4: the achievement matrix of four people in four
 * dimensions, the deprivation cut-offs z = (13, 12, 3, 1), a person deprived where the
 * achievement is below the cut-off, equal weights, and k = 2 dimensions. The paper gives the
 * deprivation counts c = (0, 2, 4, 1), H = 1/2, A = 3/4 and M0 = HA = 3/8.
 */
const ACHIEVEMENTS = [
  [13.1, 14, 4, 1],
  [15.2, 7, 5, 0],
  [12.5, 10, 1, 0],
  [20, 11, 3, 1],
];
const CUTOFFS = [13, 12, 3, 1];
const PUBLISHED = matrix({
  indicatorIds: ['d1', 'd2', 'd3', 'd4'],
  rows: ACHIEVEMENTS.map((row) => row.map((value, j) => value < (CUTOFFS[j] as number))),
});

describe('alkireFoster: the published example of Alkire and Foster (2011)', () => {
  it('derives the paper’s deprivation matrix g0 (counts 0, 2, 4, 1)', () => {
    expect(Array.from(PUBLISHED.statuses)).toEqual([
      0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0,
    ]);
  });

  // k = 2 of 4 equally weighted dimensions is a score of 1/2; person 2's score is exactly 1/2.
  const result = alkireFoster(PUBLISHED, { k: '1/2', unknown: 'exclude' });

  it('gives H = 1/2, A = 3/4, M0 = 3/8', () => {
    expect(result.headcountRatio).toBe(1 / 2);
    expect(result.intensity).toBe(3 / 4);
    expect(result.adjustedHeadcountRatio).toBe(3 / 8);
    expect(result.population).toEqual({
      households: 4,
      counted: 4,
      excluded: 0,
      poor: 2,
      rejectedRecords: 0,
    });
  });

  it('gives the headcount ratios and contributions, by hand', () => {
    // Uncensored: d1 person 3; d2 persons 2, 3, 4; d3 person 3; d4 persons 2, 3.
    // Censored (persons 2 and 3 poor): d1 1/4, d2 2/4, d3 1/4, d4 2/4.
    // Contribution = (1/4 × censored) ÷ 3/8: 1/6, 1/3, 1/6, 1/3.
    expect(result.indicators.map((i) => i.uncensoredHeadcountRatio)).toEqual([
      1 / 4,
      3 / 4,
      1 / 4,
      2 / 4,
    ]);
    expect(result.indicators.map((i) => i.censoredHeadcountRatio)).toEqual([
      1 / 4,
      2 / 4,
      1 / 4,
      2 / 4,
    ]);
    const contributions = result.indicators.map((i) => i.contribution as number);
    [1 / 6, 1 / 3, 1 / 6, 1 / 3].forEach((expected, i) => {
      expect(contributions[i]).toBeCloseTo(expected, 12);
    });
    expect(result.indicators.map((i) => i.weight.exact)).toEqual(['1/4', '1/4', '1/4', '1/4']);
  });

  it('gives the standard errors under simple random sampling, by hand', () => {
    // Censored scores (0, 1/2, 1, 0), M0 = 3/8: Σ(c − M0)² = (9 + 1 + 25 + 9)/64 = 11/16;
    // Var(M0) = 11/16 ÷ (n(n − 1)) = 11/192. Poor (0, 1, 1, 0), H = 1/2: Var(H) = 1 ÷ 12.
    expect(result.standardErrors.adjustedHeadcountRatio).toBeCloseTo(Math.sqrt(11 / 192), 12);
    expect(result.standardErrors.headcountRatio).toBeCloseTo(Math.sqrt(1 / 12), 12);
  });

  it('records the choices made', () => {
    expect(result.k).toEqual({ value: 0.5, exact: '1/2' });
    expect(result.unknown).toBe('exclude');
    expect(result.weightsFrom).toBe('equal');
    expect(result.weighted).toBe(false);
  });

  it('moves with k: the union (k = 1/4) and the intersection (k = 1)', () => {
    // k = 1/4: persons 2, 3, 4 poor: H = 3/4, A = (2 + 4 + 1)/(3 × 4) = 7/12, M0 = 7/16.
    const union = alkireFoster(PUBLISHED, { k: 0.25, unknown: 'exclude' });
    expect([union.headcountRatio, union.adjustedHeadcountRatio]).toEqual([3 / 4, 7 / 16]);
    expect(union.intensity).toBeCloseTo(7 / 12, 12);
    // k = 1: person 3 only: H = 1/4, A = 1, M0 = 1/4.
    const intersection = alkireFoster(PUBLISHED, { k: 1, unknown: 'exclude' });
    expect([
      intersection.headcountRatio,
      intersection.intensity,
      intersection.adjustedHeadcountRatio,
    ]).toEqual([1 / 4, 1, 1 / 4]);
  });

  it('decomposes by subgroup: population share × subgroup M0 adds up to M0', () => {
    // Group x = persons 1, 2 (scores 0, 1/2): M0 1/4. Group y = persons 3, 4 (1, 0): M0 1/2.
    const grouped = alkireFoster(
      { ...PUBLISHED, groups: ['x', 'x', 'y', 'y'] },
      { k: '1/2', unknown: 'exclude' },
    );
    expect(grouped.groups).toEqual([
      {
        key: 'x',
        households: 2,
        excluded: 0,
        populationShare: 1 / 2,
        headcountRatio: 1 / 2,
        intensity: 1 / 2,
        adjustedHeadcountRatio: 1 / 4,
        contribution: 1 / 3,
      },
      {
        key: 'y',
        households: 2,
        excluded: 0,
        populationShare: 1 / 2,
        headcountRatio: 1 / 2,
        intensity: 1,
        adjustedHeadcountRatio: 1 / 2,
        contribution: 2 / 3,
      },
    ]);
  });
});

describe('alkireFoster: survey weights', () => {
  // Weights 1, 2, 3, 4 (total 10), k = 1/2: persons 2 (w 2, score 1/2) and 3 (w 3, score 1) poor.
  // H = 5/10; M0 = (2 × 1/2 + 3 × 1)/10 = 4/10; A = 4/5.
  const weighted = alkireFoster(
    { ...PUBLISHED, weights: [1, 2, 3, 4] },
    { k: '1/2', unknown: 'exclude' },
  );

  it('weights H, A, M0 and the headcount ratios, by hand', () => {
    expect(weighted.headcountRatio).toBe(0.5);
    expect(weighted.adjustedHeadcountRatio).toBeCloseTo(0.4, 12);
    expect(weighted.intensity).toBeCloseTo(0.8, 12);
    // d2 deprived: persons 2, 3, 4 (2 + 3 + 4 = 9 of 10); censored: 2 + 3 = 5 of 10.
    expect(weighted.indicators[1]?.uncensoredHeadcountRatio).toBeCloseTo(0.9, 12);
    expect(weighted.indicators[1]?.censoredHeadcountRatio).toBeCloseTo(0.5, 12);
    expect(weighted.population.weights).toEqual({ counted: 10, excluded: 0, poor: 5 });
  });

  it('gives weighted standard errors, by hand', () => {
    // Var = n/(n−1) Σ (w/W)² (x − x̄)². M0: 0.01 × 0.16 + 0.04 × 0.01 + 0.09 × 0.36 + 0.16 × 0.16
    // = 0.06, × 4/3 = 0.08. H: (0.01 + 0.04 + 0.09 + 0.16) × 0.25 = 0.075, × 4/3 = 0.1.
    expect(weighted.standardErrors.adjustedHeadcountRatio).toBeCloseTo(Math.sqrt(0.08), 12);
    expect(weighted.standardErrors.headcountRatio).toBeCloseTo(Math.sqrt(0.1), 12);
  });

  it('equal weights give the unweighted figures and standard errors', () => {
    const equal = alkireFoster(
      { ...PUBLISHED, weights: [7, 7, 7, 7] },
      { k: '1/2', unknown: 'exclude' },
    );
    const plain = alkireFoster(PUBLISHED, { k: '1/2', unknown: 'exclude' });
    expect(equal.adjustedHeadcountRatio).toBeCloseTo(plain.adjustedHeadcountRatio as number, 14);
    expect(equal.standardErrors.adjustedHeadcountRatio).toBeCloseTo(
      plain.standardErrors.adjustedHeadcountRatio as number,
      14,
    );
    expect(equal.standardErrors.headcountRatio).toBeCloseTo(
      plain.standardErrors.headcountRatio as number,
      14,
    );
  });

  it('counts a household of weight 0 but lets it weigh nothing; all weights 0 give no measures', () => {
    const zero = alkireFoster(
      { ...PUBLISHED, weights: [1, 0, 1, 1] },
      { k: '1/2', unknown: 'exclude' },
    );
    expect(zero.population.poor).toBe(2);
    expect(zero.headcountRatio).toBeCloseTo(1 / 3, 12); // person 3 only, of weight 1 of 3
    const none = alkireFoster(
      { ...PUBLISHED, weights: [0, 0, 0, 0] },
      { k: '1/2', unknown: 'exclude' },
    );
    expect([none.headcountRatio, none.intensity, none.adjustedHeadcountRatio]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('alkireFoster: weights and k compared exactly', () => {
  const abc = matrix({ indicatorIds: ['a', 'b', 'c'], rows: [[true, true, false]] });

  it('a score equal to k is poor, where floating point would say 0.7 + 0.1 < 0.8', () => {
    expect(0.7 + 0.1 < 0.8).toBe(true); // the trap
    const weights = { a: '0.7', b: '0.1', c: '0.2' };
    expect(alkireFoster(abc, { k: 0.8, weights, unknown: 'exclude' }).headcountRatio).toBe(1);
    expect(
      alkireFoster(abc, { k: '4/5', weights: { a: 0.7, b: 0.1, c: 0.2 }, unknown: 'exclude' })
        .headcountRatio,
    ).toBe(1);
    // Just above the score, not poor.
    expect(alkireFoster(abc, { k: '0.8000001', weights, unknown: 'exclude' }).headcountRatio).toBe(
      0,
    );
  });

  it('thirds are exact as fractions: a score of 2/3 meets k = 2/3', () => {
    const weights = { a: '1/3', b: '1/3', c: { numerator: 1, denominator: 3 } };
    const result = alkireFoster(abc, {
      k: { numerator: 2, denominator: 3 },
      weights,
      unknown: 'exclude',
    });
    expect(result.headcountRatio).toBe(1);
    expect(result.weightsFrom).toBe('caller');
    expect(result.indicators.map((i) => i.weight)).toEqual([
      { value: 1 / 3, exact: '1/3' },
      { value: 1 / 3, exact: '1/3' },
      { value: 1 / 3, exact: '1/3' },
    ]);
  });

  it('gives each service the same weight and shares it among its indicators by default', () => {
    const services = matrix({
      indicatorIds: ['a', 'b', 'c'],
      services: ['s', 's', 't'],
      rows: [[false, false, true]],
    });
    const result = alkireFoster(services, { k: '1/2', unknown: 'exclude' });
    expect(result.weightsFrom).toBe('services');
    expect(result.indicators.map((i) => i.weight.exact)).toEqual(['1/4', '1/4', '1/2']);
    expect(result.headcountRatio).toBe(1); // c alone weighs 1/2 = k
  });

  it.each([
    ['a weight missing', { a: '0.5', b: '0.5' }],
    ['an unknown indicator', { a: '0.5', b: '0.25', c: '0.25', d: 0 }],
    ['a negative weight', { a: '1.5', b: '-0.25', c: '-0.25' }],
    ['NaN', { a: Number.NaN, b: 0.5, c: 0.5 }],
    ['decimals that miss 1', { a: '0.3333', b: '0.3333', c: '0.3333' }],
    ['floats that miss 1', { a: 1 / 3, b: 1 / 3, c: 1 / 3 }],
    ['text', { a: 'half', b: '0.25', c: '0.25' }],
    ['not an object', 'equal'],
  ])('refuses weights with %s', (_, weights) => {
    expect(
      errorCode(() =>
        alkireFoster(abc, { k: '1/3', weights: weights as never, unknown: 'exclude' }),
      ),
    ).toBe('invalid-options');
  });

  it('says which weights are wrong', () => {
    try {
      alkireFoster(abc, {
        k: '1/3',
        weights: { a: '0.5', b: '0.5', z: 1 } as never,
        unknown: 'exclude',
      });
      expect.unreachable();
    } catch (error) {
      expect(
        (error as VnPovertyError).issues.map((issue) => `${issue.path} ${issue.code}`),
      ).toEqual(['weights.z unknown-indicator', 'weights.c missing-weight']);
    }
  });

  it.each([0, -0.5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 'a third', '1/0', undefined, null])(
    'refuses the cut-off k = %s',
    (k) => {
      expect(errorCode(() => alkireFoster(abc, { k: k as never, unknown: 'exclude' }))).toBe(
        'invalid-options',
      );
    },
  );

  it('refuses weights too fine to compare exactly', () => {
    const weights = { a: '0.1234567890123', b: '0.000000000000000001', c: '0.876543210987699999' };
    expect(errorCode(() => alkireFoster(abc, { k: '1/3', weights, unknown: 'exclude' }))).toBe(
      'invalid-options',
    );
  });
});

describe('alkireFoster: unknown values, as the caller chooses', () => {
  // Three households, two indicators of weight 1/2, k = 1/2:
  // h1 (deprived, unknown), h2 (unknown, unknown), h3 (not, not).
  const unknowns = matrix({
    indicatorIds: ['a', 'b'],
    rows: [
      [true, null],
      [null, null],
      [false, false],
    ],
  });
  const run = (unknown: UnknownTreatment) => alkireFoster(unknowns, { k: '1/2', unknown });

  it('as not deprived: h1 poor with score 1/2; H = 1/3, M0 = 1/6', () => {
    const result = run('not-deprived');
    expect(result.unknown).toBe('not-deprived');
    expect([result.headcountRatio, result.intensity, result.adjustedHeadcountRatio]).toEqual([
      1 / 3,
      1 / 2,
      1 / 6,
    ]);
  });

  it('as deprived: h1 and h2 poor with score 1; H = 2/3, M0 = 2/3', () => {
    const result = run('deprived');
    expect([result.headcountRatio, result.intensity, result.adjustedHeadcountRatio]).toEqual([
      2 / 3,
      1,
      2 / 3,
    ]);
    expect(result.indicators[1]?.uncensoredHeadcountRatio).toBe(2 / 3);
  });

  it('excluded: only h3 counted, not poor; the excluded are counted as such', () => {
    const result = run('exclude');
    expect(result.population).toMatchObject({ households: 3, counted: 1, excluded: 2, poor: 0 });
    expect([result.headcountRatio, result.intensity, result.adjustedHeadcountRatio]).toEqual([
      0,
      null,
      0,
    ]);
    expect(result.indicators.map((i) => i.contribution)).toEqual([null, null]);
  });

  it('every household excluded: no measures, and no standard error', () => {
    const all = matrix({ indicatorIds: ['a'], rows: [[null], [null]] });
    const result = alkireFoster(all, { k: 1, unknown: 'exclude' });
    expect(result.population.counted).toBe(0);
    expect(result.headcountRatio).toBeNull();
    expect(result.standardErrors).toEqual({ headcountRatio: null, adjustedHeadcountRatio: null });
  });

  it('has no default: the caller must choose', () => {
    expect(errorCode(() => alkireFoster(unknowns, { k: '1/2' } as never))).toBe('invalid-options');
    expect(errorCode(() => alkireFoster(unknowns, { k: '1/2', unknown: 'ignore' } as never))).toBe(
      'invalid-options',
    );
    expect(errorCode(() => alkireFoster(unknowns, undefined as never))).toBe('invalid-options');
    expect(
      errorCode(() => alkireFoster(unknowns, { k: '1/2', unknown: 'exclude', cutoff: 1 } as never)),
    ).toBe('invalid-options');
  });
});

describe('alkireFoster: the matrix layout', () => {
  const base = { indicatorIds: ['a', 'b'], households: 2, statuses: Uint8Array.from([1, 0, 0, 1]) };
  const k = { k: '1/2', unknown: 'exclude' } as const;

  it('answers an empty population with null measures', () => {
    const empty = alkireFoster({ indicatorIds: [], households: 0, statuses: new Uint8Array(0) }, k);
    expect(empty.headcountRatio).toBeNull();
    expect(empty.indicators).toEqual([]);
  });

  it.each([
    ['statuses of the wrong length', { ...base, statuses: new Uint8Array(3) }],
    ['statuses that are not a Uint8Array', { ...base, statuses: [1, 0, 0, 1] }],
    ['a status code 3', { ...base, statuses: Uint8Array.from([1, 3, 0, 1]) }],
    ['no indicators', { ...base, indicatorIds: [] }],
    ['duplicate indicators', { ...base, indicatorIds: ['a', 'a'] }],
    ['a negative household count', { ...base, households: -2 }],
    ['weights of the wrong length', { ...base, weights: [1] }],
    ['services of the wrong length', { ...base, services: ['s'] }],
    ['groups of the wrong length', { ...base, groups: ['x'] }],
    ['no matrix', null],
  ])('refuses %s', (_, bad) => {
    expect(errorCode(() => alkireFoster(bad as never, k))).toBe('invalid-deprivation-matrix');
  });

  it('refuses a bad survey weight or group key at its row', () => {
    expect(errorCode(() => alkireFoster({ ...base, weights: [1, Number.NaN] }, k))).toBe(
      'invalid-survey-weight',
    );
    expect(errorCode(() => alkireFoster({ ...base, weights: Float64Array.from([-1, 1]) }, k))).toBe(
      'invalid-survey-weight',
    );
    expect(errorCode(() => alkireFoster({ ...base, weights: ['5', 1] as never }, k))).toBe(
      'invalid-survey-weight',
    );
    expect(
      errorCode(() => alkireFoster({ ...base, weights: [1, Number.POSITIVE_INFINITY] }, k)),
    ).toBe('invalid-survey-weight');
    expect(errorCode(() => alkireFoster({ ...base, groups: ['x', {} as never] }, k))).toBe(
      'invalid-group-key',
    );
  });

  it('counts the rejected records the matrix reports', () => {
    expect(alkireFoster({ ...base, rejectedRecords: 3 }, k).population.rejectedRecords).toBe(3);
  });
});

describe('alkireFoster over assessments', () => {
  const six = assessed(SIX);
  const built = deprivationMatrix(six, {
    by: 'commune',
    weight: ({ assessment }) => SIX_WEIGHTS[assessment.householdId ?? ''] ?? 0,
  });

  it('writes each indicator status as its code, with services, weights and groups', () => {
    expect(built.households).toBe(6);
    expect(built.indicatorIds).toEqual(six[0]?.assessment.indicators.map((i) => i.id));
    // A: the first three indicators declared deprived, the rest not.
    expect(Array.from(built.statuses.subarray(0, 12))).toEqual([
      1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    // C: two deprived, health insurance (the 4th) unknown.
    expect(Array.from(built.statuses.subarray(24, 28))).toEqual([1, 1, 0, 2]);
    expect(Array.from(built.weights ?? [])).toEqual([10, 20, 30, 40, 50, 60]);
    expect(built.groups).toEqual(['001', '001', '001', '002', '002', '002']);
    expect(new Set(built.services)).toEqual(
      new Set(['employment', 'health', 'education', 'housing', 'water-sanitation', 'information']),
    );
  });

  it('weighs the six services of 2022–2026 equally: 1/12 for each indicator', () => {
    const result = alkireFoster(built, { k: '1/3', unknown: 'not-deprived' });
    expect(new Set(result.indicators.map((i) => i.weight.exact))).toEqual(new Set(['1/12']));
    // Only A has 3 × 1/12 = 1/4 < 1/3: no one is poor at k = 1/3; at k = 1/4, A is.
    expect(result.headcountRatio).toBe(0);
    const quarter = alkireFoster(built, { k: '1/4', unknown: 'not-deprived' });
    expect(quarter.population.poor).toBe(1);
    expect(quarter.headcountRatio).toBeCloseTo(10 / 210, 12);
    // With unknowns deprived, C scores 3/12 too: A and C.
    expect(alkireFoster(built, { k: '1/4', unknown: 'deprived' }).population.poor).toBe(2);
  });

  it('counts rejected records, which have no row', () => {
    const withRejected = deprivationMatrix([...six, { success: false, index: 6, issues: [] }]);
    expect([withRejected.households, withRejected.rejectedRecords]).toEqual([6, 1]);
    expect(
      alkireFoster(withRejected, { k: '1/4', unknown: 'exclude' }).population.rejectedRecords,
    ).toBe(1);
  });

  it('refuses assessments listing other indicators under the same standard id', () => {
    const [first, second] = six as [AssessedHousehold, AssessedHousehold];
    const shorter = {
      ...second,
      assessment: { ...second.assessment, indicators: second.assessment.indicators.slice(1) },
    };
    expect(errorCode(() => deprivationMatrix([first, shorter]))).toBe('mixed-standards');
  });

  it('gives a stream the same matrix as the array', async () => {
    async function* items() {
      yield* six;
    }
    const streamed = await deprivationMatrix(items());
    const fromArray = deprivationMatrix(six);
    expect(Array.from(streamed.statuses)).toEqual(Array.from(fromArray.statuses));
    expect(streamed.indicatorIds).toEqual(fromArray.indicatorIds);
  });
});

/** An independent reference: exact fractions with BigInt, straight from the definitions. */
function reference(
  rows: number[][],
  weights: number[],
  denominator: number,
  k: [number, number],
  unknown: UnknownTreatment,
) {
  const d = weights.length;
  let n = 0n;
  let q = 0n;
  let scoreSum = 0n; // in units of 1/denominator
  for (const row of rows) {
    if (unknown === 'exclude' && row.includes(2)) continue;
    n++;
    let score = 0n;
    for (let i = 0; i < d; i++) {
      const s = row[i] as number;
      if (s === 1 || (s === 2 && unknown === 'deprived')) score += BigInt(weights[i] as number);
    }
    // poor ⇔ score/denominator ≥ k[0]/k[1]
    if (score * BigInt(k[1]) >= BigInt(k[0]) * BigInt(denominator)) {
      q++;
      scoreSum += score;
    }
  }
  return { n, q, scoreSum };
}

describe('alkireFoster: properties', () => {
  const population = fc
    .record({
      d: fc.integer({ min: 1, max: 5 }),
      households: fc.integer({ min: 0, max: 30 }),
    })
    .chain(({ d, households }) =>
      fc.record({
        rows: fc.array(fc.array(fc.constantFrom(0, 1, 2), { minLength: d, maxLength: d }), {
          minLength: households,
          maxLength: households,
        }),
        parts: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: d, maxLength: d }),
        k: fc.integer({ min: 1, max: 12 }),
        unknown: fc.constantFrom<UnknownTreatment>('not-deprived', 'deprived', 'exclude'),
        groups: fc.array(fc.constantFrom('x', 'y', 'z'), {
          minLength: households,
          maxLength: households,
        }),
        weights: fc.array(fc.integer({ min: 0, max: 9 }), {
          minLength: households,
          maxLength: households,
        }),
      }),
    );

  it('identifies the poor exactly as the definition does; M0 = H × A; contributions add up', () => {
    fc.assert(
      fc.property(population, ({ rows, parts, k, unknown, groups }) => {
        const total = parts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const ids = parts.map((_, i) => `i${i}`);
        const weights = Object.fromEntries(ids.map((id, i) => [id, `${parts[i]}/${total}`]));
        const m: DeprivationMatrix = {
          indicatorIds: ids,
          households: rows.length,
          statuses: Uint8Array.from(rows.flat()),
          groups,
        };
        const result: AlkireFosterResult = alkireFoster(m, { k: `${k}/12`, weights, unknown });
        const ref = reference(rows, parts, total, [k, 12], unknown);
        expect(BigInt(result.population.poor)).toBe(ref.q);
        expect(BigInt(result.population.counted)).toBe(ref.n);
        if (ref.n === 0n) {
          expect(result.adjustedHeadcountRatio).toBeNull();
          return;
        }
        const M0 = Number(ref.scoreSum) / total / Number(ref.n);
        expect(result.adjustedHeadcountRatio).toBeCloseTo(M0, 12);
        const H = result.headcountRatio as number;
        expect(H).toBeGreaterThanOrEqual(0);
        expect(H).toBeLessThanOrEqual(1);
        if (result.intensity !== null) {
          expect(result.intensity).toBeGreaterThan(0);
          expect(result.intensity).toBeLessThanOrEqual(1);
          expect(H * result.intensity).toBeCloseTo(M0, 12);
        }
        for (const indicator of result.indicators) {
          expect(indicator.censoredHeadcountRatio as number).toBeLessThanOrEqual(
            indicator.uncensoredHeadcountRatio as number,
          );
        }
        if (M0 > 0) {
          const sum = result.indicators.reduce((acc, i) => acc + (i.contribution as number), 0);
          expect(sum).toBeCloseTo(1, 12);
          const decomposed = result.groups.reduce(
            (acc, g) => acc + (g.populationShare ?? 0) * (g.adjustedHeadcountRatio ?? 0),
            0,
          );
          expect(decomposed).toBeCloseTo(M0, 12);
          expect(result.groups.reduce((acc, g) => acc + (g.contribution ?? 0), 0)).toBeCloseTo(
            1,
            12,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('subgroup contributions add up with survey weights too', () => {
    fc.assert(
      fc.property(population, ({ rows, k, unknown, groups, weights }) => {
        const d = rows[0]?.length ?? 1;
        const m: DeprivationMatrix = {
          indicatorIds: Array.from({ length: d }, (_, i) => `i${i}`),
          households: rows.length,
          statuses: Uint8Array.from(rows.flat()),
          groups,
          weights,
        };
        const result = alkireFoster(m, { k: `${k}/12`, unknown });
        const M0 = result.adjustedHeadcountRatio;
        if (M0 === null || result.headcountRatio === null) return;
        expect(result.headcountRatio * (result.intensity ?? 0)).toBeCloseTo(M0, 12);
        const decomposed = result.groups.reduce(
          (acc, g) => acc + (g.populationShare ?? 0) * (g.adjustedHeadcountRatio ?? 0),
          0,
        );
        expect(decomposed).toBeCloseTo(M0, 12);
      }),
      { numRuns: 200 },
    );
  });
});
