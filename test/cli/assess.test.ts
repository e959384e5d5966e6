import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cli,
  csv,
  put,
  putWorkbook,
  QUICK_START_HOUSEHOLDS,
  QUICK_START_MEMBERS,
  readCsvRecords,
  scratch,
} from './helpers';

/** The quick-start household and the well-off one as JSON records (the contract's own form). */
const RECORDS = [
  {
    id: 'HH-0042',
    area: 'rural',
    income: { annualTotal: 72_000_000 },
    members: [
      {
        id: 'a',
        sex: 'male',
        birthDate: '1980-03-15',
        ethnicity: 'Tày',
        work: 'self-employed',
        healthInsurance: true,
        usesInternet: false,
      },
      {
        id: 'b',
        sex: 'female',
        birthDate: '1983',
        ethnicity: 'Tay',
        work: 'self-employed',
        healthInsurance: false,
        usesInternet: false,
      },
      {
        id: 'c',
        sex: 'male',
        birthDate: '2012-09',
        ethnicity: 'Tày',
        healthInsurance: true,
        usesInternet: false,
        nutrition: 'normal',
        schooling: { attending: true, level: 'lower-secondary' },
      },
      {
        id: 'd',
        sex: 'female',
        birthDate: '2016-02-10',
        ethnicity: 'Tày',
        healthInsurance: true,
        usesInternet: false,
        nutrition: 'normal',
        schooling: { attending: true, level: 'primary' },
      },
    ],
    dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 31 },
    water: 'piped',
    latrine: 'septic',
    devices: ['television'],
  },
  {
    id: 'HH-0043',
    area: 'rural',
    income: { annualTotal: 600_000_000 },
    members: [
      {
        id: 'a',
        sex: 'male',
        birthDate: '1975-01-01',
        ethnicity: 'Kinh',
        work: 'wage-with-contract',
        healthInsurance: true,
        usesInternet: true,
        schooling: { attending: false },
      },
      {
        id: 'b',
        sex: 'female',
        birthDate: '1977-05-05',
        ethnicity: 'Kinh',
        work: 'wage-with-contract',
        healthInsurance: true,
        usesInternet: true,
        schooling: { attending: false },
      },
    ],
    dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 80 },
    water: 'piped',
    latrine: 'septic',
    devices: ['television', 'smartphone'],
  },
];

function tables(folder: string): string {
  put(folder, 'review.members.csv', csv(QUICK_START_MEMBERS));
  return put(folder, 'review.csv', csv(QUICK_START_HOUSEHOLDS));
}

describe('vn-poverty assess: each format gives the same answers', () => {
  it('CSV (two tables, Vietnamese headers): poor and not poor, columns added, exit 0', async () => {
    const folder = scratch();
    const input = tables(folder);
    const result = await cli(['assess', input, '--on', '2025-10-01', '--review-year', '2025']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const rows = readCsvRecords(join(folder, 'review.assessed.csv'));
    expect(rows.map((row) => [row['Mã hộ'], row.category, row.poverty])).toEqual([
      ['HH-0042', 'poor', 'poor'],
      ['HH-0043', 'not-poor', 'neither'],
    ]);
    // The quick-start household: health insurance (b), floor area (31 < 8 × 4), telecom.
    expect(rows[0]?.deprived).toBe('healthInsurance; housingArea; telecom');
    expect(rows[0]?.deprivedCount).toBe('3');
    expect(rows[0]?.categoryLabel).toBe('hộ nghèo');
    expect(rows[0]?.standardId).toBe('nd07-2021');
    expect(rows[0]?.['Tổng thu nhập năm']).toBe('72.000.000'); // the input's cells as written
    expect(rows[0]?.reasons).toContain('chuẩn nghèo 1.500.000 đồng');
    expect(readCsvRecords(join(folder, 'review.errors.csv'))).toEqual([]);
    expect(result.out).toContain('2 đã đánh giá, 0 bị từ chối');
  });

  it('JSON and NDJSON give the assessment beside each record', async () => {
    const folder = scratch();
    const json = put(folder, 'review.json', JSON.stringify(RECORDS));
    const ndjson = put(folder, 'review.ndjson', RECORDS.map((r) => JSON.stringify(r)).join('\n'));
    for (const input of [json, ndjson]) {
      const result = await cli([
        'assess',
        input,
        '--review-year',
        '2025',
        '--on',
        '2025-10-01',
        '--lang',
        'en',
      ]);
      expect(result.code).toBe(0);
      expect(result.out).toContain('Read 2 households: 2 assessed, 0 refused.');
    }
    const fromJson = JSON.parse(readFileSync(join(folder, 'review.assessed.json'), 'utf8'));
    const fromNdjson = readFileSync(join(folder, 'review.assessed.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(fromJson).toEqual(fromNdjson);
    expect(
      fromJson.map((r: { id: string; assessment: { category: string } }) => [
        r.id,
        r.assessment.category,
      ]),
    ).toEqual([
      ['HH-0042', 'poor'],
      ['HH-0043', 'not-poor'],
    ]);
    expect(fromJson[0].assessment.deprived.map((d: { id: string }) => d.id)).toEqual([
      'healthInsurance',
      'housingArea',
      'telecom',
    ]);
    expect(fromJson[0].assessment.reasons[0].code).toBe('income-at-or-below-poverty-line');
    expect(fromJson[0].members).toEqual(RECORDS[0]?.members); // the record as given
  });

  it('XLSX (sheets "Hộ" and "Thành viên") into XLSX and CSV', async () => {
    const folder = scratch();
    const input = await putWorkbook(folder, 'review.xlsx', {
      'Ghi chú': [['a note sheet, passed over']],
      Hộ: QUICK_START_HOUSEHOLDS,
      'Thành viên': QUICK_START_MEMBERS,
    });
    const toCsv = await cli([
      'assess',
      input,
      '--on',
      '2025-10-01',
      '--out',
      join(folder, 'out.csv'),
    ]);
    expect(toCsv.code).toBe(0);
    expect(readCsvRecords(join(folder, 'out.csv')).map((row) => row.category)).toEqual([
      'poor',
      'not-poor',
    ]);
    const toXlsx = await cli(['assess', input, '--on', '2025-10-01']);
    expect(toXlsx.code).toBe(0);
    expect(existsSync(join(folder, 'review.assessed.xlsx'))).toBe(true);
    expect(existsSync(join(folder, 'review.errors.xlsx'))).toBe(true);
  });

  it('a CSV input into NDJSON: the records built from the tables', async () => {
    const folder = scratch();
    const input = tables(folder);
    const out = join(folder, 'out.ndjson');
    expect((await cli(['assess', input, '--on', '2025-10-01', '--out', out])).code).toBe(0);
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0] ?? '');
    expect(first.income).toEqual({ annualTotal: 72_000_000 });
    expect(first.members[0]).toMatchObject({
      id: 'a',
      sex: 'male',
      birthDate: '1980-03-15',
      healthInsurance: true,
    });
    expect(first.assessment.category).toBe('poor');
  });

  it('a JSON input into CSV: the household id and the assessment', async () => {
    const folder = scratch();
    const input = put(folder, 'review.json', JSON.stringify(RECORDS));
    const out = join(folder, 'out.csv');
    expect((await cli(['assess', input, '--on', '2025-10-01', '--out', out])).code).toBe(0);
    expect(readCsvRecords(out).map((row) => [row.id, row.category])).toEqual([
      ['HH-0042', 'poor'],
      ['HH-0043', 'not-poor'],
    ]);
  });
});

describe('vn-poverty assess: refused rows go to the errors file with their place, exit 1', () => {
  it('bad cells, an unknown household id, a household without members, a duplicate id', async () => {
    const folder = scratch();
    const households = [
      ...QUICK_START_HOUSEHOLDS,
      ['HH-0044', 'rural', '1,5', 'durable', 'durable', 'durable', '40', 'piped', 'septic', '-'],
      [
        'HH-0045',
        'rural',
        '50000000',
        'durable',
        'durable',
        'durable',
        '40',
        'piped',
        'septic',
        '-',
      ],
      [
        'HH-0042',
        'rural',
        '50000000',
        'durable',
        'durable',
        'durable',
        '40',
        'piped',
        'septic',
        '-',
      ],
      ['', 'rural', '50000000', 'durable', 'durable', 'durable', '40', 'piped', 'septic', '-'],
    ];
    const members = [
      ...QUICK_START_MEMBERS,
      ['HH-0044', 'a', 'nam', '1970', 'Kinh', '', 'maybe', '', '', '', ''],
      ['HH-9999', 'a', 'nam', '1970', 'Kinh', '', '', '', '', '', ''],
    ];
    put(folder, 'households.csv', csv(households));
    put(folder, 'members.csv', csv(members));
    const result = await cli(['assess', join(folder, 'households.csv'), '--on', '2025-10-01']);
    expect(result.code).toBe(1);
    const errors = readCsvRecords(join(folder, 'households.errors.csv'));
    const summary = errors.map((e) => [
      e.file?.split('/').pop(),
      e.row,
      e.householdId,
      e.column,
      e.path,
      e.code,
    ]);
    expect(summary).toEqual([
      // HH-0044: "maybe" is not yes or no; "1,5" is not a whole number of đồng.
      ['members.csv', '8', 'HH-0044', 'Thẻ BHYT', 'members[0].healthInsurance', 'invalid-cell'],
      ['households.csv', '4', 'HH-0044', 'Tổng thu nhập năm', 'income.annualTotal', 'invalid-type'],
      ['households.csv', '5', 'HH-0045', '', 'members', 'empty-members'],
      ['households.csv', '6', 'HH-0042', '', 'id', 'duplicate-household-id'],
      ['households.csv', '7', '', 'Mã hộ', 'id', 'missing-household-id'],
      ['members.csv', '9', 'HH-9999', '', 'householdId', 'unknown-household-id'],
    ]);
    expect(readCsvRecords(join(folder, 'households.assessed.csv')).map((r) => r['Mã hộ'])).toEqual([
      'HH-0042',
      'HH-0043',
    ]);
    expect(result.out).toContain('Đã đọc 6 hộ: 2 đã đánh giá, 4 bị từ chối.');
    expect(result.out).toContain('1 dòng thành viên không ghép được với hộ nào.');
  });

  it('members listed before their household wait for it; rows with a bad shape are refused', async () => {
    const folder = scratch();
    const [header, ...rows] = QUICK_START_MEMBERS;
    const reordered = [header, ...rows.slice(4), ...rows.slice(0, 4)] as string[][];
    put(
      folder,
      'households.csv',
      `${csv(QUICK_START_HOUSEHOLDS)}HH-1,rural,1,durable\nHH-2,"rural"x,1,durable,durable,durable,40,piped,septic,-\n`,
    );
    put(folder, 'members.csv', csv(reordered));
    const result = await cli(['assess', join(folder, 'households.csv'), '--on', '2025-10-01']);
    expect(result.code).toBe(1);
    expect(readCsvRecords(join(folder, 'households.assessed.csv')).map((r) => r.category)).toEqual([
      'poor',
      'not-poor',
    ]);
    expect(
      readCsvRecords(join(folder, 'households.errors.csv')).map((e) => [e.row, e.code]),
    ).toEqual([
      ['4', 'cell-count'],
      ['5', 'malformed-row'],
    ]);
  });

  it('a record that is not JSON is refused on its line; the others go on', async () => {
    const folder = scratch();
    const lines = [JSON.stringify(RECORDS[0]), '{"id": "broken",', '', JSON.stringify(RECORDS[1])];
    const input = put(folder, 'review.ndjson', lines.join('\r\n'));
    const result = await cli(['assess', input, '--on', '2025-10-01']);
    expect(result.code).toBe(1);
    const errors = readFileSync(join(folder, 'review.errors.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        issues: [expect.objectContaining({ code: 'invalid-json', row: 2 })],
      }),
    ]);
    expect(
      readFileSync(join(folder, 'review.assessed.ndjson'), 'utf8').trim().split('\n'),
    ).toHaveLength(2);
  });
});

describe('vn-poverty assess: file and usage errors stop before writing, exit 2, no stack', () => {
  /** A households file beside a members file, each as given. */
  const pair = (f: string, households: string | Uint8Array, members: string) => {
    put(f, 'x.members.csv', members);
    return put(f, 'x.csv', households);
  };
  const membersTable = csv(QUICK_START_MEMBERS);
  const cases: [string, (folder: string) => string | Promise<string>, RegExp][] = [
    ['a missing file', (f) => join(f, 'none.csv'), /No file/],
    ['an empty file', (f) => pair(f, '', membersTable), /is empty/],
    ['UTF-16', (f) => pair(f, Buffer.from('\uFEFFid,area\n', 'utf16le'), membersTable), /UTF-16/],
    [
      'invalid UTF-8',
      (f) =>
        pair(
          f,
          Buffer.concat([
            Buffer.from(csv(QUICK_START_HOUSEHOLDS)),
            Buffer.from([0x48, 0xc3, 0x28, 0x0a]),
          ]),
          membersTable,
        ),
      /not UTF-8 text \(line 4/,
    ],
    [
      'a workbook named .csv',
      async (f) =>
        pair(f, readFileSync(await putWorkbook(f, 'book.xlsx', { Hộ: [['a']] })), membersTable),
      /Excel workbook/,
    ],
    [
      'a missing required column',
      (f) => pair(f, 'id,area,water,latrine,devices\n', membersTable),
      /lacks a required column: "income.annualTotal" \("Tổng thu nhập năm"\)/,
    ],
    [
      'an unknown column, with the closest name',
      (f) =>
        pair(
          f,
          csv(QUICK_START_HOUSEHOLDS),
          csv(QUICK_START_MEMBERS.map((r, i) => (i === 0 ? [...r, 'helthInsurance'] : [...r, '']))),
        ),
      /"helthInsurance" \(→ "healthInsurance"\?\)/,
    ],
    [
      'no members table',
      (f) => put(f, 'alone.csv', csv(QUICK_START_HOUSEHOLDS)),
      /No members table was found/,
    ],
    [
      'a quote never closed',
      (f) => pair(f, `${csv(QUICK_START_HOUSEHOLDS)}"HH-9,rural\n`, membersTable),
      /Row 4: a quote \("\) is opened and never closed/,
    ],
    [
      'an unknown sheet',
      (f) => putWorkbook(f, 'x.xlsx', { Sheet1: [['id']], 'Thành viên': [['householdId']] }),
      /no sheet named "households", "Hộ"/,
    ],
    [
      'invalid JSON',
      (f) => put(f, 'x.json', '[{"id": 1,]'),
      /not valid JSON \(line 1, column 11\)/,
    ],
    [
      'an unknown extension',
      (f) => put(f, 'x.txt', 'id'),
      /use a \.csv, \.xlsx, \.json or \.ndjson file/,
    ],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const folder = scratch();
      const input = await make(folder);
      const before = readdirSync(folder).sort();
      const result = await cli(['assess', input, '--on', '2025-10-01']);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(message);
      expect(result.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(readdirSync(folder).sort()).toEqual(before); // nothing written, no temporary file left
    });
  }

  it('usage: no date, two ways to name the standard, a bad date, an unknown standard, an output over its input', async () => {
    const folder = scratch();
    const input = tables(folder);
    const expectations: [string[], RegExp][] = [
      [[], /A reference date is needed/],
      [
        ['--on', '2025-10-01', '--policy-year', '2025', '--review-year', '2025'],
        /Name the standard one way only/,
      ],
      [['--on', '2025-02-30'], /2025-02-30/],
      [['--on', '2014-01-01'], /2014/],
      [['--on', '2025-10-01', '--standard', 'nd99'], /nd99/],
      [['--on', '2025-10-01', '--out', input], /is one of the inputs/],
      [['--on', '2025-10-01', '--lang', 'fr'], /--lang must be vi or en/],
      [['--on', '2025-10-01', '--frobnicate'], /Invalid arguments/],
      [
        ['--on', '2025-10-01', '--out', join(folder, 'no', 'such', 'out.csv')],
        /Cannot write in the folder/,
      ],
      [['--on', '2025-10-01', '--out', join(folder, 'out.txt')], /extension must be/],
    ];
    for (const [args, message] of expectations) {
      const result = await cli(['assess', input, ...args]);
      expect([result.code, result.err]).toEqual([2, expect.stringMatching(message)]);
    }
  });

  it('--help for every subcommand, and the command list', async () => {
    for (const command of ['assess', 'explain', 'rank', 'allocate']) {
      const result = await cli([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.out).toContain(`Usage: vn-poverty ${command}`);
    }
    expect((await cli(['--help'])).out).toContain('Commands:');
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['asses']);
    expect([unknown.code, unknown.err]).toEqual([
      2,
      expect.stringContaining('There is no command "asses"'),
    ]);
  });
});
