import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alkireFoster,
  assessBatch,
  CATEGORY_CODES,
  createAssessor,
  defineStandard,
  deprivationMatrix,
  encodeHouseholds,
  type Household,
  type HouseholdInput,
  ND07_2021,
  ND351_2025,
  POVERTY_CODES,
  QD59_2015,
  type Standard,
} from '../src/index';
import { errorCode, household, parsed } from './fixtures';
import { CONTRACT } from './fuzz/support/households';

/**
 * The batch path writes the same rules for columns: over households drawn with every value of
 * every list, and any fact missing, it must give exactly what the object path gives.
 */

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const pick = <T>(...values: T[]) => fc.constantFrom(...values);

const birthDate = fc
  .tuple(
    fc.integer({ min: 1930, max: 2018 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    pick(4, 7, 10),
  )
  .map(([year, month, day, length]) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`.slice(0, length),
  );

const memberArb = fc.record(
  {
    sex: pick('male', 'female'),
    birthDate,
    ethnicity: pick('Kinh', 'Tày', 'Mông'),
    work: optional(pick(...CONTRACT.work)),
    disability: optional(pick(...CONTRACT.disability)),
    monthlySocialAllowance: optional(fc.boolean()),
    healthInsurance: optional(fc.boolean()),
    nutrition: optional(pick(...CONTRACT.nutrition)),
    schooling: optional(
      fc.record(
        {
          attending: fc.boolean(),
          level: optional(pick(...CONTRACT.level)),
        },
        { requiredKeys: ['attending'] },
      ),
    ),
    qualifications: optional(
      fc.subarray([
        'none',
        'primary',
        'lower-secondary',
        'upper-secondary',
        'vocational-elementary',
        'vocational-intermediate',
        'college',
        'university',
      ] as const),
    ),
    employerCertifiedTraining: optional(fc.boolean()),
    usesInternet: optional(fc.boolean()),
    usesPhone: optional(fc.boolean()),
    sickWithoutCare: optional(fc.boolean()),
  },
  { requiredKeys: ['sex', 'birthDate', 'ethnicity'] },
);

const indicatorIds = [
  ...new Set([QD59_2015, ND07_2021, ND351_2025].flatMap((s) => s.indicators.map((i) => i.id))),
  'notAnIndicator',
];

const householdArb: fc.Arbitrary<HouseholdInput<string>> = fc
  .record({
    id: optional(fc.string({ minLength: 1, maxLength: 8 })),
    area: pick('rural', 'urban'),
    income: fc.oneof(
      fc.integer({ min: 0, max: 400_000_000 }).map((annualTotal) => ({ annualTotal })),
      fc.integer({ min: 0, max: 4_000_000 }).map((monthlyPerCapita) => ({ monthlyPerCapita })),
      fc.integer({ min: 0, max: 300 }).map((proxyScore) => ({ proxyScore })),
    ),
    members: fc.array(memberArb, { minLength: 1, maxLength: 8 }),
    dwelling: fc.oneof(
      fc.constant({ none: true as const }),
      fc.record({
        foundation: pick('durable', 'non-durable'),
        walls: pick('durable', 'non-durable'),
        roof: pick('durable', 'non-durable'),
        floorAreaM2: fc.oneof(
          fc.integer({ min: 0, max: 120 }),
          fc.double({ min: 0, max: 120, noNaN: true }),
        ),
      }),
    ),
    water: pick(...CONTRACT.water),
    latrine: pick(...CONTRACT.latrine),
    devices: fc.subarray([...CONTRACT.devices]),
    hearsLoudspeaker: optional(fc.boolean()),
    wasteTreatment: optional(pick(...CONTRACT.wasteTreatment)),
    declared: optional(fc.dictionary(pick(...indicatorIds), fc.boolean(), { maxKeys: 3 })),
  })
  .map(({ members, ...rest }) => {
    const record: Record<string, unknown> = {
      ...rest,
      members: members.map((m, i) => ({ ...m, id: `m${i}` })),
    };
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    return record as unknown as HouseholdInput<string>;
  });

/** A derived standard that supplies the provisional cut-offs, so that those kernels run too. */
const supplied = defineStandard(ND351_2025, {
  id: 'nd351-supplied',
  title: { vi: 'x', en: 'x' },
  indicators: {
    update: {
      digitalServices: { rule: { kind: 'member-uses', services: ['usesInternet', 'usesPhone'] } },
      wasteTreatment: { rule: { kind: 'waste-treatment', adequate: ['collected', 'composted'] } },
    },
  },
});

const cases: [Standard, string][] = [
  [QD59_2015, '2019-03-01'],
  [ND07_2021, '2024-10-01'],
  [ND07_2021, '2025-02-28'],
  [ND351_2025, '2027-06-01'],
  [supplied, '2028-09-15'],
];

describe('assessBatch gives exactly what the object path gives', () => {
  it('categories, answers, counts and every indicator status, for every standard', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { minLength: 1, maxLength: 12 }), (records) => {
        const households = records.map((record) => parsed(record));
        const columns = encodeHouseholds(households);
        for (const [standard, on] of cases) {
          const batch = assessBatch(columns, { on, standard });
          const assess = createAssessor({ on, standard });
          households.forEach((h, index) => {
            const full = assess(h);
            const d = batch.indicatorIds.length;
            const statuses = full.indicators.map((indicator) =>
              ['not-deprived', 'deprived', 'unknown'].indexOf(indicator.status),
            );
            expect([...batch.statuses.subarray(index * d, index * d + d)]).toEqual(statuses);
            expect(CATEGORY_CODES[batch.categories[index] as number]).toBe(full.category);
            expect(POVERTY_CODES[batch.poverty[index] as number]).toBe(full.poverty);
            expect(batch.deprivedCounts[index]).toBe(full.deprivedCount);
            expect(batch.unknownCounts[index]).toBe(full.unknownCount);
          });
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  it('explains any household with the full result, equal to the object path’s', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { minLength: 1, maxLength: 6 }), (records) => {
        const households = records.map((record) => parsed(record));
        const columns = encodeHouseholds(households);
        for (const [standard, on] of cases) {
          const batch = assessBatch(columns, { on, standard });
          const assess = createAssessor({ on, standard });
          households.forEach((h, index) => {
            expect(batch.explain(index)).toEqual(assess(h));
          });
        }
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

describe('assessBatch refuses what it cannot read', () => {
  const columns = () => encodeHouseholds([household()]);

  it('columns that encodeHouseholds did not make', () => {
    const on = '2024-06-01';
    expect(errorCode(() => assessBatch({} as never, { on }))).toBe('invalid-household');
    expect(
      errorCode(() => assessBatch({ ...columns(), water: new Uint8Array([200]) }, { on })),
    ).toBe('invalid-household');
    expect(errorCode(() => assessBatch({ ...columns(), households: 2 }, { on }))).toBe(
      'invalid-household',
    );
    expect(
      errorCode(() =>
        assessBatch({ ...columns(), income: new Float64Array([Number.NaN]) }, { on }),
      ),
    ).toBe('invalid-household');
  });

  it('a household position outside the batch', () => {
    const batch = assessBatch(columns(), { on: '2024-06-01' });
    expect(errorCode(() => batch.explain(1))).toBe('invalid-options');
    expect(errorCode(() => batch.explain(-1))).toBe('invalid-options');
    expect(errorCode(() => batch.explain(0.5))).toBe('invalid-options');
  });

  it('a member born after the date, as the assessor does', () => {
    const columns = encodeHouseholds([
      household(),
      parsed({ ...household(), members: [{ ...household().members[0], birthDate: '2025' }] }),
    ]);
    expect(errorCode(() => assessBatch(columns, { on: '2024-06-01' }))).toBe(
      'birth-after-reference',
    );
  });

  it('an empty batch is an empty result', () => {
    const batch = assessBatch(encodeHouseholds([]), { on: '2024-06-01' });
    expect(batch.households).toBe(0);
    expect(batch.statuses.length).toBe(0);
  });

  it('encodes only households, checking any that parseHousehold did not make', () => {
    const valid = { ...household() } as Household; // a copy: valid, but not the parsed object
    expect(encodeHouseholds([valid]).households).toBe(1);
    expect(errorCode(() => encodeHouseholds([{ ...valid, water: 'tap' } as never]))).toBe(
      'invalid-household',
    );
  });
});

describe('a batch is a deprivation matrix', () => {
  it('gives the Alkire-Foster measures of the assessments it holds', () => {
    const records = fc.sample(householdArb, { numRuns: 200, seed: 7 });
    const households = records.map((record) => parsed(record));
    const on = '2024-10-01';
    const batch = assessBatch(encodeHouseholds(households), { on, standard: ND07_2021 });
    const assess = createAssessor({ on, standard: ND07_2021 });
    const matrix = deprivationMatrix(
      households.map((household) => ({ household, assessment: assess(household) })),
    );
    const options = { k: '1/3', unknown: 'deprived' } as const;
    expect(alkireFoster(batch, options)).toEqual(alkireFoster(matrix, options));
  });
});
