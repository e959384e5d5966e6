import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, put, readCsvRecords, scratch } from './helpers';

const root = resolve(import.meta.dirname, '..', '..');
const SAMPLE = join(root, 'examples', 'data', 'thai-nguyen-synthetic');

/**
 * Three poor households of a poor district, as the library's own example of
 * rankForHousingSupport has them: the Tày household is at level 1 (poor, ethnic minority); the
 * two Kinh households at level 6, the smaller house (12 m² for 2) before the larger (20 m²).
 */
function candidate(id: string, ethnicity: string, floorAreaM2: number) {
  return {
    id,
    area: 'rural',
    income: { annualTotal: 24_000_000 },
    location: { poorDistrict: true, oftenHitByDisasters: false },
    members: ['a', 'b'].map((member, i) => ({
      id: member,
      sex: i === 0 ? 'male' : 'female',
      birthDate: i === 0 ? '1980' : '1982',
      ethnicity,
      relation: i === 0 ? 'head' : 'spouse',
      meritorious: false,
      monthlySocialAllowance: false,
      disability: 'none',
    })),
    dwelling: { foundation: 'non-durable', walls: 'non-durable', roof: 'durable', floorAreaM2 },
    water: 'surface-water',
    latrine: 'none',
    devices: [],
    formedOn: '2005',
    earlierHousingSupport: [],
  };
}

describe('vn-poverty rank', () => {
  it('ranks for housing support and says who the houses go to', async () => {
    const folder = scratch();
    const records = [
      candidate('K1', 'Kinh', 20),
      candidate('T1', 'Tày', 30),
      candidate('K2', 'Kinh', 12),
    ];
    const input = put(folder, 'candidates.json', JSON.stringify([...records, { id: 'bad' }]));
    const result = await cli([
      'rank',
      input,
      '--houses',
      '2',
      '--on',
      '2024-06-01',
      '--out',
      join(folder, 'ranked.csv'),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(1); // the record without facts is refused
    expect(result.out).toContain('3 households considered: 3 eligible and ranked');
    expect(result.out).toContain('2 houses: 2 households supported.');
    const rows = readCsvRecords(join(folder, 'ranked.csv'));
    expect(rows.map((row) => [row.householdId, row.rank, row.level, row.supported])).toEqual([
      ['T1', '1', '1', 'yes'],
      ['K2', '2', '6', 'yes'],
      ['K1', '3', '6', 'no'],
    ]);
    expect(rows[0]?.levelName).toBe('poor ethnic-minority household');
  });

  it('the synthetic sample: every candidate is in the ranking, the first N supported', async () => {
    const folder = scratch();
    const out = join(folder, 'ranked.csv');
    const result = await cli([
      'rank',
      `${SAMPLE}.households.csv`,
      '--houses',
      '20',
      '--review-year',
      '2024',
      '--out',
      out,
      '--errors',
      join(folder, 'errors.csv'),
    ]);
    expect(result.code).toBe(1);
    const rows = readCsvRecords(out);
    expect(rows).toHaveLength(4000);
    expect(rows.filter((row) => row.supported === 'yes').map((row) => Number(row.rank))).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  }, 60_000);

  it('needs --houses as a whole number', async () => {
    const input = put(scratch(), 'x.json', '[]');
    const result = await cli(['rank', input, '--houses', 'many', '--on', '2024-06-01']);
    expect([result.code, result.err]).toEqual([2, expect.stringContaining('Give --houses N')]);
  });
});
