import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Assessment, createAssessor, type Household, parseHousehold } from '../../src/index';
import { answer, SAMPLE_OPTIONS, sampleAnswers } from './support/determinism-sample';
import { ON, type Record_, validRecord } from './support/households';
import { FUZZ_TIMEOUT, HOUSEHOLD_RUNS, runs } from './support/runs';

/*
 * The same question gets the same answer, byte for byte: in another process, from a reused
 * assessor whatever it assessed before, and whatever order the members are listed in (the law
 * gives the register's order no meaning).
 */

const parsed = (record: unknown): Household => {
  const result = parseHousehold(record);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
};

describe('determinism', () => {
  it(
    'another process gives byte-identical answers for the same sample',
    () => {
      const script = fileURLToPath(new URL('./support/print-sample.ts', import.meta.url));
      const there = execFileSync(process.execPath, ['--import', 'tsx', script], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const here = sampleAnswers();
      expect(here.split('\n').length).toBe(40 * 2 + 40 * 5);
      expect(there === here).toBe(true);
    },
    FUZZ_TIMEOUT,
  );

  it(
    'a reused assessor answers as a fresh one, whatever it assessed before and in any order',
    () => {
      const households = fc.sample(validRecord, { seed: 6, numRuns: 40 }).map(parsed);
      for (const options of SAMPLE_OPTIONS) {
        const fresh = households.map((household) =>
          answer(() => createAssessor(options)(household)),
        );
        const reused = createAssessor(options);
        const order = fc.sample(fc.nat({ max: households.length - 1 }), { seed: 9, numRuns: 400 });
        for (const index of order)
          expect(answer(() => reused(households[index] as Household))).toBe(fresh[index]);
      }
    },
    FUZZ_TIMEOUT,
  );

  it(
    'members in any order: the same answer as with the members sorted by id',
    () => {
      const assess = createAssessor({ on: ON });
      fc.assert(
        fc.property(validRecord, fc.nat(), (record, seed) => {
          const members = record.members as Record_[];
          const sorted = [...members].sort((a, b) => compare(a.id, b.id));
          const shuffled = fc.sample(fc.shuffledSubarray(members, { minLength: members.length }), {
            seed,
            numRuns: 1,
          })[0] as Record_[];
          const inOrder = canonical(assess(parsed({ ...record, members: sorted })), sorted);
          const anyOrder = canonical(assess(parsed({ ...record, members: shuffled })), shuffled);
          expect(JSON.parse(anyOrder)).toEqual(JSON.parse(inOrder));
        }),
        { numRuns: runs(HOUSEHOLD_RUNS.assessValidUnparsed) },
      );
    },
    FUZZ_TIMEOUT,
  );
});

const compare = (a: unknown, b: unknown) =>
  String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;

/**
 * An assessment with the register's order taken out: `members[2]` in a path and a `memberIndex`
 * become the member's id, and lists of members, their values, missing facts and deciding facts are sorted.
 */
function canonical(assessment: Assessment, members: readonly Record_[]): string {
  const byId = (text: string) =>
    text.replace(
      /members\[(\d+)\]/g,
      (_, index) => `members[${JSON.stringify(members[Number(index)]?.id)}]`,
    );
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return byId(value);
    if (key === 'memberIndex') return `#${String(members[value as number]?.id)}`;
    if (Array.isArray(value)) {
      const items = value.map((item) => walk(item));
      const unordered = ['members', 'memberValues', 'missing', 'decidingFacts'].includes(key);
      return unordered
        ? items.sort((a, b) => compare(JSON.stringify(a), JSON.stringify(b)))
        : items;
    }
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([name, child]) => [name, walk(child, name)]),
      );
    return value;
  };
  return JSON.stringify(walk(assessment));
}
