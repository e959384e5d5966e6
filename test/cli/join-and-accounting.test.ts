import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvText, sampleTables } from '../../examples/sample-data';
import { readHouseholds } from '../../src/cli/input/open-households';
import { cli, csv, put, readCsvRecords, scratch } from './helpers';

const root = resolve(import.meta.dirname, '..', '..');
const SAMPLE = join(root, 'examples', 'data', 'thai-nguyen-synthetic');

const HOUSEHOLDS = [
  'id',
  'area',
  'income.annualTotal',
  'dwelling.none',
  'water',
  'latrine',
  'devices',
];
const MEMBERS = ['householdId', 'sex', 'birthDate', 'ethnicity'];
const household = (id: string) => [id, 'rural', '1000000000', 'yes', 'piped', 'septic', '-'];
const member = (id: string) => [id, 'female', '1990', 'Kinh'];

async function items(households: string[][], members: string[][]) {
  const folder = scratch();
  put(folder, 'x.members.csv', csv([MEMBERS, ...members]));
  const path = put(folder, 'x.csv', csv([HOUSEHOLDS, ...households]));
  const out: { row: number; id?: string; members?: number; codes?: string[] }[] = [];
  for await (const item of readHouseholds(path)) {
    if ('record' in item) {
      const record = item.record as { id: string; members: unknown[] };
      out.push({ row: item.row, id: record.id, members: record.members.length });
    } else out.push({ row: item.row, codes: item.issues.map((issue) => issue.code) });
  }
  return out;
}

describe('joining the members table to the households table', () => {
  it('members in the households order; a household without members gets none', async () => {
    expect(
      await items(
        [household('A'), household('B'), household('C')],
        [member('A'), member('A'), member('C')],
      ),
    ).toEqual([
      { row: 2, id: 'A', members: 2 },
      { row: 3, id: 'B', members: 0 },
      { row: 4, id: 'C', members: 1 },
    ]);
  });

  it('members in any order, in a small table, each group together', async () => {
    expect(
      await items(
        [household('A'), household('B'), household('C')],
        [member('C'), member('B'), member('A'), member('B')].slice(0, 3),
      ),
    ).toEqual([
      { row: 2, id: 'A', members: 1 },
      { row: 3, id: 'B', members: 1 },
      { row: 4, id: 'C', members: 1 },
    ]);
  });

  it('members of a household split in two places stop the run: the household would be wrong', async () => {
    await expect(
      items([household('A'), household('B')], [member('A'), member('B'), member('A')]),
    ).rejects.toThrow(
      /row 4: a member of household "A" is apart from the household's other members/,
    );
  });

  it('member rows of no household come out last, in their row order', async () => {
    expect(await items([household('A')], [member('Z'), member('A'), member('Y')])).toEqual([
      { row: 2, id: 'A', members: 1 },
      { row: 2, codes: ['unknown-household-id'] },
      { row: 4, codes: ['unknown-household-id'] },
    ]);
  });

  it('a thousand households without members in a table in order stay in flat memory', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `H${i}`);
    const result = await items(ids.map(household), ids.filter((_, i) => i % 3 !== 0).map(member));
    expect(result.filter((item) => item.members === 0)).toHaveLength(1000);
    expect(result.map((item) => item.id)).toEqual(ids);
  });
});

describe('the synthetic sample (examples/data)', () => {
  it('is what the seeded generator makes', () => {
    const tables = sampleTables();
    expect(readFileSync(`${SAMPLE}.households.csv`, 'utf8')).toBe(csvText(tables.households));
    expect(readFileSync(`${SAMPLE}.members.csv`, 'utf8')).toBe(csvText(tables.members));
  }, 60_000);

  it('nothing lost: every household row and member row is in the output or in the errors file, once', async () => {
    const folder = scratch();
    const out = join(folder, 'out.csv');
    const errors = join(folder, 'errors.csv');
    const result = await cli([
      'assess',
      `${SAMPLE}.households.csv`,
      '--review-year',
      '2024',
      '--out',
      out,
      '--errors',
      errors,
    ]);
    expect(result.code).toBe(1);
    const households = readCsvRecords(`${SAMPLE}.households.csv`);
    const members = readCsvRecords(`${SAMPLE}.members.csv`);
    const assessed = readCsvRecords(out);
    const refused = readCsvRecords(errors);
    const refusedIds = new Set(refused.map((row) => row.householdId));
    // Rows in = rows out + rows refused, and no household is in both.
    expect(assessed.length + refusedIds.size).toBe(households.length);
    expect(assessed.filter((row) => refusedIds.has(row.id))).toEqual([]);
    expect(new Set([...assessed.map((row) => row.id), ...refusedIds])).toEqual(
      new Set(households.map((row) => row.id)),
    );
    // Every member row belongs to a household of one side or the other.
    const known = new Set(households.map((row) => row.id));
    expect(members.filter((row) => !known.has(row.householdId))).toEqual([]);
    // The generator puts a mistake in about one record in a thousand: each is refused with its row.
    expect(refused.map((row) => row.code).sort()).toEqual([
      'negative-amount',
      'negative-amount',
      'unknown-ethnicity',
      'unknown-ethnicity',
      'unknown-ethnicity',
      'unknown-ethnicity',
    ]);
    expect(result.out).toContain('Đã đọc 4.006 hộ: 4.000 đã đánh giá, 6 bị từ chối.');
  }, 60_000);

  it('the workbook (Vietnamese headers) holds the same households as the CSV tables', async () => {
    const read = async (path: string) => {
      const out: unknown[] = [];
      for await (const item of readHouseholds(path))
        out.push('record' in item ? item.record : item.issues.map((i) => i.code));
      return out;
    };
    const fromXlsx = await read(`${SAMPLE}.xlsx`);
    expect(fromXlsx).toHaveLength(4006);
    expect(fromXlsx).toEqual(await read(`${SAMPLE}.households.csv`));
  }, 60_000);
});
