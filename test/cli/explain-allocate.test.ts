import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cli,
  csv,
  put,
  QUICK_START_HOUSEHOLDS,
  QUICK_START_MEMBERS,
  readCsvRecords,
  scratch,
} from './helpers';

const root = resolve(import.meta.dirname, '..', '..');
const worked = JSON.parse(
  readFileSync(join(root, 'test', 'cases', 'nd07-poor-at-line.json'), 'utf8'),
);

describe('vn-poverty explain', () => {
  it('explains one household in Vietnamese, indicator by indicator, with the law cited', async () => {
    const input = put(scratch(), 'household.json', JSON.stringify(worked.household));
    const result = await cli(['explain', input, '--on', worked.on]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(': hộ nghèo');
    expect(result.out).toContain('72.000.000 đồng ≤ 72.000.000 đồng');
    expect(result.out).toContain('Nghị định 07/2021/NĐ-CP');
    const english = await cli(['explain', input, '--on', worked.on, '--lang', 'en']);
    expect(english.out).toContain('poor household');
  });

  it('picks a household of a table by --id, and lists the problems of a refused one (exit 1)', async () => {
    const folder = scratch();
    put(
      folder,
      'x.members.csv',
      csv([
        ...QUICK_START_MEMBERS,
        ['HH-0044', 'a', 'nam', '1970', 'Tay Nung', '', '', '', '', '', ''],
      ]),
    );
    const input = put(
      folder,
      'x.csv',
      csv([
        ...QUICK_START_HOUSEHOLDS,
        ['HH-0044', 'rural', '1', 'durable', 'durable', 'durable', '40', 'piped', 'septic', '-'],
      ]),
    );
    const one = await cli(['explain', input, '--review-year', '2025', '--id', 'HH-0043']);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^Hộ HH-0043 \(chuẩn nd07-2021, ngày 2025-09-01\): hộ không nghèo/);
    const refused = await cli(['explain', input, '--review-year', '2025', '--id', 'HH-0044']);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(
      /x\.members\.csv, dòng 8, cột "Dân tộc" \(members\[0\]\.ethnicity\)/,
    );
    const many = await cli(['explain', input, '--review-year', '2025']);
    expect([many.code, many.err]).toEqual([
      2,
      expect.stringContaining('choose one with --id (such as HH-0042, HH-0043, HH-0044)'),
    ]);
    const none = await cli(['explain', input, '--review-year', '2025', '--id', 'nope']);
    expect([none.code, none.err]).toEqual([
      2,
      expect.stringContaining('There is no household "nope"'),
    ]);
  });
});

describe('vn-poverty allocate', () => {
  // The library's example table: A 200 × 1.5 + 100 × 0.5 × 1.5 + 0.5 × 100 + 50 + 5000 × 0.01 = 525
  // points; B 100 + 50 + 0 + 0 + 50 = 200. 3,000,000,000 × 525/725 = 2,172,413,793.1… and
  // 827,586,206.8…: in millions, 2,172 and 827 leave one million, which goes to B's larger remainder.
  const UNITS = [
    [
      'Mã',
      'Tên',
      'poorHouseholds',
      'nearPoorHouseholds',
      'ethnicMinorityShare',
      'extremelyDifficult',
      'population',
      'area',
    ],
    ['A', 'Xã A', '200', '100', '50%', 'có', '5.000', 'highland'],
    ['B', 'Xã B', '100', '100', '0', 'không', '5000', 'lowland'],
  ];

  it('divides the total by the example table, with its explanation columns', async () => {
    const folder = scratch();
    const input = put(folder, 'communes.csv', csv(UNITS));
    const result = await cli([
      'allocate',
      input,
      '--total',
      '3.000.000.000',
      '--criteria',
      'example',
      '--unit',
      '1000000',
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('VÍ DỤ MINH HOẠ');
    const rows = readCsvRecords(join(folder, 'communes.allocation.csv'));
    expect(
      rows.map((row) => [row.id, row.points, row['points.poorHouseholds'], row.amount]),
    ).toEqual([
      ['A', '525', '300', '2172000000'],
      ['B', '200', '100', '828000000'],
    ]);
    expect(rows[1]?.reasons).toContain('làm tròn lên');
  });

  it('a criteria table from a file; every problem of the units at its row and column (exit 2)', async () => {
    const folder = scratch();
    const table = {
      id: 'two',
      title: { vi: 'Hai tiêu chí', en: 'Two criteria' },
      criteria: [
        {
          id: 'poor',
          label: { vi: 'Số hộ nghèo', en: 'Poor households' },
          kind: 'count',
          weight: 2,
        },
        { id: 'hard', label: { vi: 'Xã khó khăn', en: 'Hard commune' }, kind: 'flag', weight: 10 },
      ],
    };
    const criteria = put(folder, 'criteria.json', JSON.stringify(table));
    // A: 2 × 10 + 10 = 30 points; B: 2 × 5 = 10; 400 × 30/40 = 300, 400 × 10/40 = 100.
    const good = put(
      folder,
      'good.csv',
      csv([
        ['id', 'Số hộ nghèo', 'hard'],
        ['A', '10', 'yes'],
        ['B', '5', 'no'],
      ]),
    );
    const ok = await cli([
      'allocate',
      good,
      '--total',
      '400',
      '--criteria',
      criteria,
      '--lang',
      'en',
    ]);
    expect(ok.code).toBe(0);
    expect(readCsvRecords(join(folder, 'good.allocation.csv')).map((row) => row.amount)).toEqual([
      '300',
      '100',
    ]);
    const bad = put(
      folder,
      'bad.csv',
      csv([
        ['id', 'poor', 'hard'],
        ['A', '-1', 'maybe'],
        ['A', '', 'no'],
      ]),
    );
    const refused = await cli([
      'allocate',
      bad,
      '--total',
      '400',
      '--criteria',
      criteria,
      '--lang',
      'en',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/bad\.csv, row 2, column "poor" \(units\[0\]\.values\.poor\)/);
    expect(refused.err).toMatch(/bad\.csv, row 2, column "hard"/);
    expect(refused.err).toMatch(/bad\.csv, row 3, column "poor"/);
    expect(refused.err).toMatch(/units\[1\]\.id/);
  });

  it('refuses a bad amount, a missing option, an unknown column', async () => {
    const folder = scratch();
    const input = put(folder, 'communes.csv', csv(UNITS));
    const cases: [string[], RegExp][] = [
      [['--total', '3 tỷ', '--criteria', 'example'], /--total must be a whole number of đồng/],
      [['--total', '1000'], /Give --total AMOUNT and --criteria FILE/],
      [['--total', '1000', '--criteria', join(folder, 'none.json')], /No file/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(['allocate', input, ...args]);
      expect([result.code, result.err]).toEqual([2, expect.stringMatching(message)]);
    }
    const extra = put(
      folder,
      'extra.csv',
      csv([
        [...(UNITS[0] ?? []), 'budget'],
        [...(UNITS[1] ?? []), '1'],
      ]),
    );
    const unknown = await cli(['allocate', extra, '--total', '1000', '--criteria', 'example']);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining('"budget"')]);
  });
});
