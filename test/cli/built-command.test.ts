import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csv,
  put,
  putWorkbook,
  QUICK_START_HOUSEHOLDS,
  QUICK_START_MEMBERS,
  readCsvRecords,
  scratch,
} from './helpers';

const root = resolve(import.meta.dirname, '..', '..');
const COMMAND = join(root, 'dist', 'cli', 'vn-poverty.js');

/** Runs the built command as a user does, in its own process. */
function command(args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(process.execPath, [COMMAND, ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out, err: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, out: failed.stdout, err: failed.stderr };
  }
}

describe('the built command (dist/cli/vn-poverty.js), end to end', () => {
  it('prints its help and version', () => {
    const help = command(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('vn-poverty: Vietnam');
    expect(command(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('assesses a file in every format: CSV, XLSX, JSON and NDJSON, one row refused in each (exit 1)', async () => {
    const folder = scratch();
    const bad = [
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
    const members = [
      ...QUICK_START_MEMBERS,
      ['HH-0044', 'a', 'nam', '1970', 'Kinh', '', '', '', '', '', ''],
    ];
    put(folder, 'csv.members.csv', csv(members));
    const inputs = [
      put(folder, 'csv.csv', csv([...QUICK_START_HOUSEHOLDS, bad])),
      await putWorkbook(folder, 'xlsx.xlsx', {
        Hộ: [...QUICK_START_HOUSEHOLDS, bad],
        'Thành viên': members,
      }),
    ];
    // The same households as JSON records, read back from the CSV run's NDJSON output.
    const records = join(folder, 'records.ndjson');
    expect(
      command(['assess', inputs[0] as string, '--on', '2025-10-01', '--out', records]).code,
    ).toBe(1);
    const lines = readFileSync(records, 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const { assessment: _, ...record } = JSON.parse(line);
        return record;
      });
    const broken = { id: 'HH-0044', area: 'rural', income: { annualTotal: -5 } };
    inputs.push(put(folder, 'json.json', JSON.stringify([...lines, broken])));
    inputs.push(
      put(folder, 'ndjson.ndjson', [...lines, broken].map((r) => JSON.stringify(r)).join('\n')),
    );
    for (const input of inputs) {
      const result = command(['assess', input, '--on', '2025-10-01', '--lang', 'en']);
      expect([input, result.code, result.err]).toEqual([input, 1, '']);
      expect(result.out).toContain('Read 3 households: 2 assessed, 1 refused.');
    }
    expect(readCsvRecords(join(folder, 'csv.assessed.csv')).map((row) => row.category)).toEqual([
      'poor',
      'not-poor',
    ]);
    const json = JSON.parse(readFileSync(join(folder, 'json.assessed.json'), 'utf8'));
    expect(json.map((r: { assessment: { category: string } }) => r.assessment.category)).toEqual([
      'poor',
      'not-poor',
    ]);
    expect(
      readCsvRecords(join(folder, 'csv.errors.csv')).map((row) => [row.row, row.code]),
    ).toEqual([['4', 'negative-amount']]);
  }, 60_000);

  it('reports on the synthetic sample: the summary printed, the page written (exit 1: rows refused)', () => {
    const folder = scratch();
    const html = join(folder, 'report.html');
    const result = command([
      'report',
      join(root, 'examples', 'data', 'thai-nguyen-synthetic.xlsx'),
      '--review-year',
      '2024',
      '--html',
      html,
      '--errors',
      join(folder, 'errors.csv'),
      '--synthetic',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Records: 4,006; assessed 4,000; rejected 6');
    expect(result.out).toContain(`HTML report: ${html}`);
    expect(readFileSync(html, 'utf8')).toContain('<canvas');
    expect(readCsvRecords(join(folder, 'errors.csv')).length).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it('says what is wrong with a broken file in both languages, exit 2, no stack trace', () => {
    const folder = scratch();
    put(folder, 'x.members.csv', 'householdId,sex,birthDate,ethnicity\n');
    const input = put(folder, 'x.csv', `${csv(QUICK_START_HOUSEHOLDS)}"HH-9,rural\n`);
    const result = command(['assess', input, '--on', '2025-10-01']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Dòng 4: có dấu ngoặc kép');
    expect(result.err).toContain('Row 4: a quote');
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(readdirSync(folder).sort()).toEqual(['x.csv', 'x.members.csv']);
  });

  it('an interrupted run leaves no output and no temporary file', async () => {
    if (process.platform === 'win32') return;
    const folder = scratch();
    put(folder, 'x.csv', csv(QUICK_START_HOUSEHOLDS));
    // The members table is a pipe that never ends: the run waits on it with its outputs open.
    const pipe = join(folder, 'x.members.csv');
    execFileSync('mkfifo', [pipe]);
    // A writer that sends the header and holds the pipe open until it is killed.
    const holdOpen = `const fs = require('node:fs'); const fd = fs.openSync(${JSON.stringify(pipe)}, 'w');
      fs.writeSync(fd, 'householdId,sex,birthDate,ethnicity\\n'); setTimeout(() => {}, 30000);`;
    const writer = spawn(process.execPath, ['-e', holdOpen]);
    const run: ChildProcess = spawn(process.execPath, [
      COMMAND,
      'assess',
      join(folder, 'x.csv'),
      '--on',
      '2025-10-01',
    ]);
    const temporary = () => readdirSync(folder).filter((name) => name.endsWith('.tmp'));
    for (let waited = 0; temporary().length < 2 && waited < 20_000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(temporary()).toHaveLength(2);
    const exited = new Promise<number | null>((resolve) => run.on('exit', (code) => resolve(code)));
    run.kill('SIGINT');
    // A read pending on a pipe holds the process until the pipe closes: close it.
    writer.kill();
    expect(await exited).toBe(130);
    expect(readdirSync(folder).sort()).toEqual(['x.csv', 'x.members.csv']);
    expect(existsSync(join(folder, 'x.assessed.csv'))).toBe(false);
  }, 60_000);
});
