import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

// `vn-poverty report` run in this process on the quick-start tables (HH-0042 poor by the 2022–2026
// standard, HH-0043 not poor; see helpers.ts), with one household row the contract refuses
// (HH-0044: a negative income) and one member row of no household (HH-0099).

const BAD_HOUSEHOLD = [
  'HH-0044',
  'rural',
  '-5',
  'durable',
  'durable',
  'durable',
  '40',
  'piped',
  'septic',
  '-',
];
const BAD_MEMBER = ['HH-0044', 'a', 'nam', '1970', 'Kinh', '', '', '', '', '', ''];
const ORPHAN_MEMBER = ['HH-0099', 'a', 'nữ', '1980', 'Kinh', '', '', '', '', '', ''];

function review(folder: string): string {
  put(folder, 'review.members.csv', csv([...QUICK_START_MEMBERS, BAD_MEMBER, ORPHAN_MEMBER]));
  return put(folder, 'review.csv', csv([...QUICK_START_HOUSEHOLDS, BAD_HOUSEHOLD]));
}

function lastReview(folder: string): string {
  put(folder, 'last.members.csv', csv(QUICK_START_MEMBERS));
  return put(folder, 'last.csv', csv(QUICK_START_HOUSEHOLDS));
}

describe('vn-poverty report', () => {
  it('writes the HTML page, prints the summary and lists every refused row (exit 1)', async () => {
    const folder = scratch();
    const input = review(folder);
    const html = join(folder, 'report.html');
    const errors = join(folder, 'errors.csv');
    const run = await cli([
      'report',
      input,
      '--review-year',
      '2024',
      '--html',
      html,
      '--errors',
      errors,
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(1);
    // Rows in: 3 households + 1 member row of no household. Out: 2 assessed; the household and the
    // member row refused, each in the report (with its file and row) and in the errors file.
    expect(run.out).toContain('Bản ghi: 4; đánh giá được 2; bị từ chối 2');
    expect(run.out).toContain('Hộ nghèo: 1 hộ · 50,00%');
    expect(run.out).toContain(`✗ ${input}:4 HH-0044 income.annualTotal`);
    // The member row of HH-0099 is the members table's last line: the header, the quick start's six
    // members and HH-0044's come before it.
    expect(run.out).toContain(`✗ ${join(folder, 'review.members.csv')}:9 HH-0099 householdId`);
    expect(run.out).toContain(`Lỗi: ${errors} (2 dòng bị từ chối, kèm từng lỗi)`);
    expect(run.out).toContain(`Báo cáo HTML: ${html}`);
    const refused = readCsvRecords(errors);
    expect(refused.map((row) => [row.householdId, row.path])).toEqual([
      ['HH-0044', 'income.annualTotal'],
      ['HH-0099', 'householdId'],
    ]);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('data-figure="households.poor.count" data-value="1"');
    expect(page).toContain(`${input}:4`);
    expect(page).not.toContain('id="transitions"');
    expect(readdirSync(folder).sort()).toEqual(
      ['errors.csv', 'report.html', 'review.csv', 'review.members.csv'].sort(),
    );
  });

  it('adds the transitions from a previous review, assessed a year earlier', async () => {
    const folder = scratch();
    const input = review(folder);
    const previous = lastReview(folder);
    const html = join(folder, 'report.html');
    const run = await cli([
      'report',
      input,
      '--on',
      '2024-02-29',
      '--previous',
      previous,
      '--html',
      html,
      '--errors',
      join(folder, 'errors.json'),
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(1);
    // 29 February a year back is 28 February; the standard in force on both dates is nd07-2021.
    expect(run.out).toContain(
      `Previous review: ${previous} (standard nd07-2021, reference date 2023-02-28)`,
    );
    // One household surely poor, said in the singular; "0 households" in the plural.
    expect(run.out).toMatch(/Poor household: 1 household · 50\.00%/);
    expect(run.out).toMatch(/: 0 households/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('id="transitions"');
    expect(page).toContain('lang="en"');
    const refused = JSON.parse(readFileSync(join(folder, 'errors.json'), 'utf8')) as unknown[];
    expect(refused).toHaveLength(2); // the previous review has no refused row
  });

  it('says the households are synthetic when told, at the top and at the end', async () => {
    const folder = scratch();
    const run = await cli([
      'report',
      lastReview(folder),
      '--policy-year',
      '2025',
      '--html',
      join(folder, 'r.html'),
      '--synthetic',
    ]);
    expect(run.code).toBe(0);
    expect(run.out.startsWith('[DỮ LIỆU GIẢ LẬP')).toBe(true);
    expect(run.out.match(/DỮ LIỆU GIẢ LẬP/g)).toHaveLength(2);
    expect(readFileSync(join(folder, 'r.html'), 'utf8')).toContain('DỮ LIỆU GIẢ LẬP');
    expect(existsSync(join(folder, 'last.errors.csv'))).toBe(true); // the default errors file
  });

  it('refuses a run it cannot do, in both languages, writing nothing (exit 2)', async () => {
    const folder = scratch();
    const input = lastReview(folder);
    const folderNamedHtml = join(scratch(), 'd.html');
    mkdirSync(folderNamedHtml);
    const cases: [string[], string][] = [
      [['report', input, '--review-year', '2024'], 'The report needs --html FILE'],
      [
        ['report', input, '--review-year', '2024', '--html', join(folder, 'r.txt')],
        'ending in .html',
      ],
      [['report', input, '--html', join(folder, 'r.html')], 'A reference date is needed'],
      [
        [
          'report',
          input,
          '--review-year',
          '2024',
          '--html',
          join(folder, 'r.html'),
          '--previous',
          join(folder, 'none.csv'),
        ],
        'none',
      ],
      [
        [
          'report',
          input,
          '--review-year',
          '2024',
          '--html',
          join(folder, 'r.html'),
          '--errors',
          input,
        ],
        'is one of the inputs',
      ],
      [['report', input, '--review-year', '2024', '--html', folder], 'ending in .html'],
      [['report', input, '--review-year', '2024', '--html', folderNamedHtml], 'is a folder'],
      [
        ['report', input, '--review-year', '2024', '--review-year', '2025', '--html', 'r.html'],
        'The option --review-year is given twice',
      ],
      [['report', input, '--bogus'], "Invalid arguments: Unknown option '--bogus'"],
    ];
    const vietnamese = await cli(['report', input, '--bogus']);
    expect(vietnamese.err).toContain('Tham số không hợp lệ: không có tùy chọn --bogus.');
    for (const [args, message] of cases) {
      const run = await cli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.err).toContain(message);
      expect(run.out).toBe('');
    }
    expect(readdirSync(folder).sort()).toEqual(['last.csv', 'last.members.csv']);
  });

  it('points to the members table for a member’s problem, as the errors file does', async () => {
    const folder = scratch();
    const members = QUICK_START_MEMBERS.map((row, i) =>
      i === 2 ? [...row.slice(0, 3), '2099', ...row.slice(4)] : row,
    );
    put(folder, 'x.members.csv', csv(members));
    const input = put(folder, 'x.csv', csv(QUICK_START_HOUSEHOLDS));
    const run = await cli([
      'report',
      input,
      '--on',
      '2025-10-01',
      '--html',
      join(folder, 'r.html'),
    ]);
    expect(run.code).toBe(1);
    // The bad birth date is on the members table's row 3 (header, then HH-0042's a and b).
    expect(run.out).toContain(`✗ ${join(folder, 'x.members.csv')}:3 HH-0042 members[1].birthDate`);
    expect(readCsvRecords(join(folder, 'x.errors.csv')).map((row) => [row.file, row.row])).toEqual([
      [join(folder, 'x.members.csv'), '3'],
    ]);
  });

  it('refuses a household id repeated in a JSON or NDJSON review, keeping the first', async () => {
    const folder = scratch();
    const household = (income: number) => ({
      id: 'J1',
      area: 'rural',
      income: { annualTotal: income },
      members: [{ id: 'a', sex: 'male', birthDate: '1970', ethnicity: 'Kinh' }],
      dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 40 },
      water: 'piped',
      latrine: 'septic',
      devices: ['television'],
    });
    const json = put(folder, 'r.json', JSON.stringify([household(1), household(2)]));
    const ndjson = put(
      folder,
      'r.ndjson',
      `${JSON.stringify(household(1))}\n${JSON.stringify(household(2))}\n`,
    );
    for (const input of [json, ndjson]) {
      const errors = join(folder, `${input.endsWith('.json') ? 'j' : 'n'}.errors.json`);
      const run = await cli([
        'report',
        input,
        '--on',
        '2025-10-01',
        '--html',
        join(folder, 'r.html'),
        '--errors',
        errors,
      ]);
      expect(run.code, input).toBe(1);
      expect(run.out).toContain('Bản ghi: 2; đánh giá được 1; bị từ chối 1');
      const refused = JSON.parse(readFileSync(errors, 'utf8')) as {
        row: number;
        issues: { code: string }[];
      }[];
      expect(refused.map((row) => [row.row, row.issues[0]?.code])).toEqual([
        [2, 'duplicate-household-id'],
      ]);
    }
  });

  it('refuses the input itself as the previous review', async () => {
    const folder = scratch();
    const input = lastReview(folder);
    const run = await cli([
      'report',
      input,
      '--on',
      '2025-10-01',
      '--html',
      join(folder, 'r.html'),
      '--previous',
      input,
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('The previous review (--previous) is the input itself');
    expect(readdirSync(folder).sort()).toEqual(['last.csv', 'last.members.csv']);
  });

  it('says so when the file holds no household', async () => {
    const folder = scratch();
    put(folder, 'h.members.csv', csv([QUICK_START_MEMBERS[0] as readonly string[]]));
    const input = put(folder, 'h.csv', csv([QUICK_START_HOUSEHOLDS[0] as readonly string[]]));
    const run = await cli([
      'report',
      input,
      '--on',
      '2025-10-01',
      '--html',
      join(folder, 'r.html'),
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('The file holds no household: the report is empty.');
  });

  it('has its help', async () => {
    const run = await cli(['report', '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Usage: vn-poverty report <input> --html FILE');
  });
});
