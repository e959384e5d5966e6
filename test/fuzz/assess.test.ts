import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  createAssessor,
  defineStandard,
  type Household,
  ND07_2021,
  ND351_2025,
  parseHousehold,
  QD59_2015,
  type Standard,
} from '../../src/index';
import { anyValue, orHostile, prototypesNow, prototypesUnchanged } from './support/hostile';
import { copy, ON, type Record_, validRecord } from './support/households';
import { expectWellFormedIssues, typedOutcome } from './support/issues';
import { mutation } from './support/mutations';
import {
  ARBITRARY_RUNS,
  FUZZ_TIMEOUT,
  HOUSEHOLD_RUNS,
  MUTANTS_PER_RUN,
  runs,
} from './support/runs';

/*
 * The assessor trusts the households parseHousehold made and checks everything else in full: no
 * object, however it was built, gets a classification it should not, or an untyped error. Its
 * options are checked against an oracle written here from the documented rules.
 */

const DERIVED = defineStandard(ND07_2021, {
  id: 'fuzz-what-if',
  title: { vi: 'Giả định', en: 'What-if' },
  policyYears: { from: 2020, to: 2028 },
});

/** The standards the library made, and the policy years of the national ones. */
const LIBRARY_STANDARDS: readonly Standard[] = [QD59_2015, ND07_2021, ND351_2025, DERIVED];
const NATIONAL_YEARS: readonly [string, number, number][] = [
  ['qd59-2015', 2016, 2021],
  ['nd07-2021', 2022, 2026],
  ['nd351-2025', 2027, 2030],
];

const nationalFor = (year: unknown): string | undefined =>
  typeof year === 'number' && Number.isInteger(year)
    ? NATIONAL_YEARS.find(([, from, to]) => from <= year && year <= to)?.[0]
    : undefined;

/** Whether a value is a real calendar date written `YYYY-MM-DD`, checked with the platform's Date. */
function isRealDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const isPlainObject = (value: unknown): value is Record_ =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * The standard that options name, by the documented rules, or `undefined` when they must be
 * refused: an object with a real date `on` (on or after the birth of the household's member), no
 * other key than `standard`, `policyYear` or
 * `reviewYear`, at most one of these, a standard the library made, years with a national standard.
 */
function expectedStandard(options: unknown): string | undefined {
  try {
    return expectedOfPlainOptions(options);
  } catch {
    return undefined; // options whose reading throws
  }
}

function expectedOfPlainOptions(options: unknown): string | undefined {
  if (!isPlainObject(options)) return undefined;
  const keys = Object.keys(options);
  if (keys.some((key) => !['on', 'standard', 'policyYear', 'reviewYear'].includes(key)))
    return undefined;
  const { on, standard, policyYear, reviewYear } = options;
  const chosen = [standard, policyYear, reviewYear].filter((given) => given !== undefined);
  // The household assessed has a member born in 1990: no assessment on a date before.
  if (chosen.length > 1 || !isRealDate(on) || on < '1990-01-01') return undefined;
  if (standard !== undefined)
    return LIBRARY_STANDARDS.find((made) => made === standard)?.id ?? undefined;
  if (policyYear !== undefined) return nationalFor(policyYear);
  if (reviewYear !== undefined)
    return typeof reviewYear === 'number' ? nationalFor(reviewYear + 1) : undefined;
  return nationalFor(Number(on.slice(0, 4)));
}

const someDate = fc.oneof(
  fc
    .date({
      min: new Date('2010-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-30', '2024-6-1', '2024-06-01T00:00:00Z', '9999-12-31', '0000-01-01', ''),
  anyValue,
);

const someYear = fc.oneof(
  fc.integer({ min: 2010, max: 2035 }),
  fc.constantFrom(2024.5, Number.NaN, -100_000, Number.POSITIVE_INFINITY, '2024', null),
);

const someStandard = fc.oneof(
  fc.constantFrom<unknown>(...LIBRARY_STANDARDS),
  fc.constantFrom<unknown>(
    null,
    'nd07-2021',
    { ...ND07_2021 },
    JSON.parse(JSON.stringify(ND07_2021)),
    Object.create(ND07_2021),
    Object.freeze({ ...ND351_2025 }),
  ),
  anyValue,
);

const someOptions = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      { on: someDate, standard: someStandard, policyYear: someYear, reviewYear: someYear },
      { requiredKeys: ['on'] },
    ),
  },
  fc.record({ on: someDate, extra: anyValue }),
  anyValue,
);

let household: Household;
{
  const parsed = parseHousehold({
    area: 'rural',
    income: { annualTotal: 40_000_000 },
    members: [{ id: 'a', sex: 'female', birthDate: '1990', ethnicity: 'Kinh' }],
    dwelling: { none: true },
    water: 'piped',
    latrine: 'septic',
    devices: [],
  });
  if (!parsed.success) throw new Error('fixture');
  household = parsed.data;
}

describe('assessment options against the documented rules', () => {
  it(
    'assessHousehold and createAssessor refuse, with a typed error, exactly the options they must',
    () => {
      fc.assert(
        fc.property(orHostile(someOptions), (make) => {
          const options = make();
          const expected = expectedStandard(options);
          for (const assess of [
            () => assessHousehold(household, options as never),
            () => createAssessor(options as never)(household),
          ]) {
            const outcome = typedOutcome(assess);
            // (The options are shown by fast-check's counterexample: reading them here may throw.)
            if (expected === undefined) expect('error' in outcome).toBe(true);
            else if ('error' in outcome) expect.fail(`refused: ${outcome.error.message}`);
            else expect(outcome.value.standardId).toBe(expected);
          }
        }),
        { numRuns: runs(ARBITRARY_RUNS.assessOptions) },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('assessing what did not come through parseHousehold', () => {
  const assess = createAssessor({ on: ON });

  it(
    'anything at all: a typed error, never an assessment, no prototype touched',
    () => {
      const before = prototypesNow();
      fc.assert(
        fc.property(orHostile(anyValue), (make) => {
          const value = make();
          const outcome = typedOutcome(() => assess(value as Household));
          expect('error' in outcome).toBe(true);
          if ('error' in outcome) {
            expect(outcome.error.code).toBe('invalid-household');
            expectWellFormedIssues(outcome.error.issues, value);
          }
        }),
        { numRuns: runs(ARBITRARY_RUNS.assessAnything) },
      );
      expect(prototypesUnchanged(before)).toBe(true);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'a broken household: refused, naming the household and every problem with its path',
    () => {
      const mutations = fc.array(mutation, {
        minLength: MUTANTS_PER_RUN.assessMutated,
        maxLength: MUTANTS_PER_RUN.assessMutated,
      });
      fc.assert(
        fc.property(validRecord, mutations, (record, applies) => {
          for (const apply of applies) {
            const broken = copy(record);
            const { mutation: name, againstReferenceDate } = apply(broken);
            // The assessor checks an unparsed record as parseHousehold does without a date; a
            // member born after the assessment date is its own error.
            if (againstReferenceDate) continue;
            const outcome = typedOutcome(() => assess(broken as unknown as Household));
            if (!('error' in outcome)) return expect.fail(`assessed a household broken by ${name}`);
            expect(['invalid-household', 'birth-after-reference']).toContain(outcome.error.code);
            if (outcome.error.code === 'invalid-household')
              expectWellFormedIssues(outcome.error.issues, broken);
            const id = (broken as { id?: unknown }).id;
            if (typeof id === 'string' && id.length <= 100)
              expect(outcome.error.householdId).toBe(id);
          }
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.assessMutated) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'a valid household: assessed exactly as its parsed twin',
    () => {
      fc.assert(
        fc.property(validRecord, (record) => {
          const parsed = parseHousehold(record);
          if (!parsed.success) return expect.fail('the generator drew an invalid record');
          const twin = JSON.stringify(assess(parsed.data));
          expect(JSON.stringify(assess(record as unknown as Household))).toBe(twin);
          expect(JSON.stringify(assessHousehold(record as never, { on: ON }))).toBe(twin);
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.assessValidUnparsed) },
      );
    },
    FUZZ_TIMEOUT,
  );
});
