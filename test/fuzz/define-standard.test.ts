import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineStandard, ND07_2021 } from '../../src/index';
import {
  anyValue,
  hostileTree,
  orHostile,
  prototypesNow,
  prototypesUnchanged,
} from './support/hostile';
import { copy } from './support/households';
import { expectWellFormedIssues, typedOutcome } from './support/issues';
import { readPath } from './support/paths';
import { ARBITRARY_RUNS, FUZZ_TIMEOUT, runs, STANDARD_RUNS } from './support/runs';
import { brokenChanges, validChanges } from './support/standard-changes';

/*
 * defineStandard validates its changes like user data: whatever it is given, a standard or an
 * `invalid-standard` error whose issues lead back into the changes; and the caller's objects are
 * neither frozen nor kept.
 */

const define = (changes: unknown) => () => defineStandard(ND07_2021, changes as never);

const isFrozenAnywhere = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  (Object.isFrozen(value) || Object.values(value).some(isFrozenAnywhere));

describe('defineStandard on arbitrary values', () => {
  it(
    'a typed error for anything that is not changes, with well-formed issues, no prototype touched',
    () => {
      const before = prototypesNow();
      fc.assert(
        fc.property(orHostile(fc.oneof(anyValue, hostileTree)), (make) => {
          const changes = make();
          const outcome = typedOutcome(define(changes));
          expect('error' in outcome).toBe(true);
          if ('error' in outcome) {
            expect(outcome.error.code).toBe('invalid-standard');
            expectWellFormedIssues(outcome.error.issues, changes, 'any-tail');
          }
        }),
        { numRuns: runs(ARBITRARY_RUNS.defineStandardAnything) },
      );
      expect(prototypesUnchanged(before)).toBe(true);
    },
    FUZZ_TIMEOUT,
  );
});

describe('defineStandard on changes', () => {
  it(
    'accepts valid changes, copying them: the caller’s objects stay unfrozen and unshared',
    () => {
      fc.assert(
        fc.property(validChanges, (changes) => {
          const before = copy(changes);
          const outcome = typedOutcome(define(changes));
          if ('error' in outcome) return expect.fail(outcome.error.message);
          expect(changes).toStrictEqual(before);
          expect(isFrozenAnywhere(changes)).toBe(false);
          const made = JSON.stringify(outcome.value);
          (changes.title as { vi: string }).vi = 'đổi sau';
          (changes.policyYears as { from: number }).from = 1;
          expect(JSON.stringify(outcome.value)).toBe(made);
        }),
        { numRuns: runs(STANDARD_RUNS.valid) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'refuses changes broken one way, with the issue at the broken place',
    () => {
      fc.assert(
        fc.property(brokenChanges, (broken) => {
          const outcome = typedOutcome(define(broken.changes));
          if (!('error' in outcome)) return expect.fail(`accepted: ${broken.mutation}`);
          expect(outcome.error.code).toBe('invalid-standard');
          expectWellFormedIssues(outcome.error.issues, broken.changes, 'any-tail');
          const found = outcome.error.issues.some(
            (issue) =>
              broken.codes.includes(issue.code) &&
              JSON.stringify(readPath(issue.path)) === JSON.stringify(broken.path),
          );
          const summary = outcome.error.issues.map((issue) => `${issue.path} ${issue.code}`);
          expect(found, `${broken.mutation} at ${JSON.stringify(broken.path)}: ${summary}`).toBe(
            true,
          );
        }),
        { numRuns: runs(STANDARD_RUNS.broken) },
      );
    },
    FUZZ_TIMEOUT,
  );
});
