import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AssessManyItem,
  type AssessManyTotals,
  assessHousehold,
  assessMany,
  ND07_2021,
  standardForReview,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { ON, parsed, record, SIX, stream } from './helpers';

const good = SIX.map(record);

/** Runs a generator to its end, returning the items and its return value. */
function drain(run: Generator<AssessManyItem, AssessManyTotals>): {
  items: AssessManyItem[];
  totals: AssessManyTotals;
} {
  const items: AssessManyItem[] = [];
  for (;;) {
    const next = run.next();
    if (next.done === true) return { items, totals: next.value };
    items.push(next.value);
  }
}

async function drainAsync(run: AsyncGenerator<AssessManyItem, AssessManyTotals>) {
  const items: AssessManyItem[] = [];
  for (;;) {
    const next = await run.next();
    if (next.done === true) return { items, totals: next.value };
    items.push(next.value);
  }
}

describe('assessMany', () => {
  it('gives each record, in input order, its assessment or its problems with its position and id', () => {
    const input = [good[0], { id: 'broken', area: 'rural' }, good[3], 42];
    const { items, totals } = drain(assessMany(input, { on: ON }));
    expect(items.map((item) => [item.index, item.success])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
    ]);
    const [first, broken, , number] = items;
    expect(first?.success && first.assessment.category).toBe('poor');
    expect(first?.success && first.assessment).toEqual(
      assessHousehold(parsed(good[0]), { on: ON }),
    );
    expect(broken?.success === false && broken.householdId).toBe('broken');
    expect(broken?.success === false && broken.issues.map((issue) => issue.path)).toContain(
      'income',
    );
    expect(number?.success === false && number.householdId).toBeUndefined();
    expect(totals).toEqual({ records: 4, assessed: 2, rejected: 2 });
  });

  it('uses the standard given, resolved once', () => {
    const items = [...assessMany(good, { on: '2025-10-01', standard: standardForReview(2025) })];
    expect(new Set(items.map((item) => item.success && item.assessment.standardId))).toEqual(
      new Set(['nd07-2021']),
    );
  });

  it('rejects a member born after the reference date as a problem of the record', () => {
    const late = {
      ...good[0],
      members: [{ id: 'x', sex: 'male', birthDate: '2030-01-01', ethnicity: 'Kinh' }],
    };
    const [item] = assessMany([late], { on: ON });
    expect(item?.success).toBe(false);
    expect(item?.success === false && item.issues.map((issue) => issue.code)).toContain(
      'birth-after-reference',
    );
  });

  it('rejects a record that cannot even be read, and goes on', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no access');
        },
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    const throwingId = {
      get id(): string {
        throw new Error('getter');
      },
    };
    const items = [...assessMany([hostile, throwingId, good[0]], { on: ON })];
    expect(items.map((item) => item.success)).toEqual([false, false, true]);
    const first = items[0];
    expect(first?.success === false && first.issues[0]?.code).toBe('unreadable-record');
  });

  it('fails at once, before reading a record, for a bad date or a source that is not iterable', () => {
    let read = 0;
    function* counted() {
      read++;
      yield good[0];
    }
    expect(errorCode(() => assessMany(counted(), { on: '2024-02-30' }))).toBe('invalid-date');
    expect(errorCode(() => assessMany(counted(), { on: '2015-06-01' }))).toBe('date-out-of-range');
    expect(read).toBe(0);
    expect(errorCode(() => assessMany('records' as never, { on: ON }))).toBe('not-iterable');
    expect(errorCode(() => assessMany(undefined as never, { on: ON }))).toBe('not-iterable');
    expect(errorCode(() => assessMany({ length: 2 } as never, { on: ON }))).toBe('not-iterable');
  });

  it('answers an empty input with no items and zero totals', () => {
    expect(drain(assessMany([], { on: ON }))).toEqual({
      items: [],
      totals: { records: 0, assessed: 0, rejected: 0 },
    });
  });

  it('reads an async iterable one record at a time, keeping no list', async () => {
    let produced = 0;
    async function* source() {
      for (let i = 0; i < 500; i++) {
        produced++;
        yield { ...good[i % good.length], id: `H${i}` };
      }
    }
    let consumed = 0;
    for await (const item of assessMany(source(), { on: ON })) {
      consumed++;
      // The library has read exactly the record it yields: nothing is read ahead or held.
      expect(produced).toBe(consumed);
      expect(item.index).toBe(consumed - 1);
    }
    expect(consumed).toBe(500);
  });

  it('records in = assessed + rejected, and a stream gives the array’s items, for any input', async () => {
    const anything = fc.oneof(
      fc.constantFrom(...good),
      fc.jsonValue(),
      fc.record({ id: fc.string(), area: fc.constantFrom('rural', 'urban', 'mars') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(anything, { maxLength: 20 }), async (records) => {
        const fromArray = drain(assessMany(records, { on: ON, standard: ND07_2021 }));
        const fromStream = await drainAsync(
          assessMany(stream(records), { on: ON, standard: ND07_2021 }),
        );
        expect(fromStream).toEqual(fromArray);
        const { totals, items } = fromArray;
        expect(totals.records).toBe(records.length);
        expect(totals.assessed + totals.rejected).toBe(totals.records);
        expect(items.filter((item) => item.success)).toHaveLength(totals.assessed);
        expect(items.map((item) => item.index)).toEqual(records.map((_, i) => i));
      }),
      { numRuns: 60 },
    );
  });
});
