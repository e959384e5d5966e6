import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHousehold } from '../../src/index';
import {
  anyValue,
  HOSTILE_KEY,
  hostileTree,
  orHostile,
  prototypesNow,
  prototypesUnchanged,
} from './support/hostile';
import { copy, FIELDS, ON, type Record_, setOwn, validRecord } from './support/households';
import { expectWellFormedIssues, typedOutcome } from './support/issues';
import { type Mutant, mutation } from './support/mutations';
import { readPath } from './support/paths';
import {
  ARBITRARY_RUNS,
  FUZZ_TIMEOUT,
  HOUSEHOLD_RUNS,
  MUTANTS_PER_RUN,
  runs,
} from './support/runs';

/*
 * parseHousehold is the door for data from forms, files and web requests: whatever comes in, it
 * answers with a result (never a throw), accepts what the contract allows, refuses what it forbids
 * with issues that lead back into the input, and touches nothing shared.
 */

const REQUIRED = ['area', 'income', 'members', 'dwelling', 'water', 'latrine', 'devices'];

/** Whether a value could be a household at all: a plain object with every required key. */
function hasTheShapeOfARecord(value: unknown): boolean {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false;
    return REQUIRED.every((key) => Object.hasOwn(value, key));
  } catch {
    return false; // a proxy whose reading throws
  }
}

/** Parses with the reference date, checks the refusal's issues, and says whether it succeeded. */
function parseChecked(input: unknown): boolean {
  const result = parseHousehold(input, { on: ON });
  if (!result.success) expectWellFormedIssues(result.issues, input);
  return result.success;
}

const mutant = (record: Record_, apply: (record: Record_) => Omit<Mutant, 'record'>): Mutant => {
  const broken = copy(record);
  return { ...apply(broken), record: broken };
};

describe('parseHousehold on arbitrary values', () => {
  it(
    'never throws, refuses anything without the shape of a record, and reports well-formed issues',
    () => {
      const before = prototypesNow();
      fc.assert(
        fc.property(orHostile(anyValue), (make) => {
          const value = make();
          const success = parseChecked(value);
          if (!hasTheShapeOfARecord(value)) expect(success).toBe(false);
        }),
        { numRuns: runs(ARBITRARY_RUNS.parseAnything) },
      );
      expect(prototypesUnchanged(before)).toBe(true);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'the same for JSON values, as a web request brings them',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const success = parseChecked(value);
          if (!hasTheShapeOfARecord(value)) expect(success).toBe(false);
        }),
        { numRuns: runs(ARBITRARY_RUNS.parseJson) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'trees with __proto__, constructor and prototype keys change no shared prototype',
    () => {
      fc.assert(
        fc.property(hostileTree, (value) => {
          const before = prototypesNow();
          parseChecked(value);
          expect(prototypesUnchanged(before)).toBe(true);
        }),
        { numRuns: runs(ARBITRARY_RUNS.parseHostileTrees) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'options: an object with a real date, or a typed error',
    () => {
      const options = orHostile(
        fc.oneof(
          anyValue,
          fc.record({ on: anyValue }, { requiredKeys: [] }),
          fc.record({
            on: fc.constantFrom('2024-06-01', '2024-02-30', '2024-6-1', ''),
            x: anyValue,
          }),
        ),
      );
      fc.assert(
        fc.property(options, (make) => {
          const outcome = typedOutcome(() => parseHousehold({}, make() as never));
          if ('error' in outcome)
            expect(['invalid-options', 'invalid-date']).toContain(outcome.error.code);
        }),
        { numRuns: runs(ARBITRARY_RUNS.parseOptions) },
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe('parseHousehold on households', () => {
  it(
    'accepts every valid record, as a frozen copy that survives JSON, leaving the input as it was',
    () => {
      fc.assert(
        fc.property(validRecord, (record) => {
          const before = JSON.stringify(record);
          const result = parseHousehold(record, { on: ON });
          if (!result.success) expect.fail(JSON.stringify(result.issues.slice(0, 3)));
          if (JSON.stringify(record) !== before) expect.fail('the input was changed');
          if ((result.data as unknown) === record) expect.fail('the input was kept');
          if (!isDeeplyFrozenJson(result.data)) expect.fail('not frozen JSON data');
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.parseValid) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'refuses every record broken one way, with the issue at the broken place',
    () => {
      const mutations = fc.array(mutation, {
        minLength: MUTANTS_PER_RUN.parseOneMutation,
        maxLength: MUTANTS_PER_RUN.parseOneMutation,
      });
      fc.assert(
        fc.property(validRecord, mutations, (record, applies) => {
          for (const apply of applies) expectRefusedAtTheBrokenPlace(mutant(record, apply));
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.parseOneMutation) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'refuses every record broken several ways',
    () => {
      const stacks = fc.array(fc.array(mutation, { minLength: 2, maxLength: 5 }), {
        minLength: MUTANTS_PER_RUN.parseSeveralMutations,
        maxLength: MUTANTS_PER_RUN.parseSeveralMutations,
      });
      fc.assert(
        fc.property(validRecord, stacks, (record, stackOfMutations) => {
          for (const applies of stackOfMutations) {
            const broken = copy(record);
            const names = applies.map((apply) => apply(broken).mutation);
            expect(parseChecked(broken), names.join(', ')).toBe(false);
          }
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.parseSeveralMutations) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'hostile entries anywhere in a record: refused when the key is unknown there, no prototype touched',
    () => {
      const entries = fc.array(fc.tuple(fc.nat(), HOSTILE_KEY, hostileTree), {
        minLength: MUTANTS_PER_RUN.parseHostileEntries,
        maxLength: MUTANTS_PER_RUN.parseHostileEntries,
      });
      fc.assert(
        fc.property(validRecord, entries, (record, drawn) => {
          for (const [at, key, value] of drawn) {
            const broken = copy(record);
            const members = broken.members as Record_[];
            const targets: [Record_, readonly string[]][] = [
              [broken, FIELDS.root as readonly string[]],
              [members[at % members.length] as Record_, FIELDS.member as readonly string[]],
              [broken.income as Record_, FIELDS.income as readonly string[]],
            ];
            const [target, known] = targets[at % targets.length] as [Record_, readonly string[]];
            setOwn(target, key, value);
            const before = prototypesNow();
            const success = parseChecked(broken);
            expect(prototypesUnchanged(before)).toBe(true);
            if (!known.includes(key)) expect(success).toBe(false);
          }
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.parseHostileEntries) },
      );
    },
    FUZZ_TIMEOUT,
  );
});

/**
 * Whether a value is frozen all through and survives JSON unchanged: plain objects and arrays,
 * strings, booleans and finite numbers other than -0 (which JSON writes as 0).
 */
function isDeeplyFrozenJson(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value !== 'object' || value === null || !Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeeplyFrozenJson);
}

/** A mutant is refused, with an issue of the expected code at the broken place, and left as it was. */
function expectRefusedAtTheBrokenPlace(broken: Mutant): void {
  const before = fc.stringify(broken.record);
  const result = parseHousehold(broken.record, { on: ON });
  if (result.success) expect.fail(`accepted a record broken by ${broken.mutation}`);
  expectWellFormedIssues(result.issues, broken.record);
  const where = JSON.stringify(broken.path);
  const found = result.issues.some(
    (issue) => broken.codes.includes(issue.code) && JSON.stringify(readPath(issue.path)) === where,
  );
  if (!found) {
    const summary = result.issues.slice(0, 5).map((issue) => `${issue.path} ${issue.code}`);
    expect.fail(`${broken.mutation} at ${where}: ${summary.join('; ')}`);
  }
  expect(fc.stringify(broken.record)).toBe(before);
}
