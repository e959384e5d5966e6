import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, put, QUICK_START_HOUSEHOLDS, readCsvRecords, scratch } from './helpers';

const root = resolve(import.meta.dirname, '..', '..');
const COMMAND = join(root, 'dist', 'cli', 'vn-poverty.js');
const SAMPLE = join(root, 'examples', 'data', 'thai-nguyen-synthetic');

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

  it('assesses the synthetic sample: outputs written, refused rows listed, exit 1', () => {
    const folder = scratch();
    const out = join(folder, 'out.csv');
    const errors = join(folder, 'errors.csv');
    const result = command([
      'assess',
      `${SAMPLE}.households.csv`,
      '--review-year',
      '2024',
      '--out',
      out,
      '--errors',
      errors,
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('Read 4,006 households: 4,000 assessed, 6 refused.');
    expect(result.err).toBe(''); // no progress line when standard error is not a terminal
    expect(readCsvRecords(out)).toHaveLength(4000);
    expect(readCsvRecords(errors)).toHaveLength(6);
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
    const writer = spawn('sh', [
      '-c',
      `exec 3>"${pipe}"; printf 'householdId,sex,birthDate,ethnicity\\n' >&3; sleep 30`,
    ]);
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
    expect(await exited).toBe(130);
    writer.kill();
    expect(readdirSync(folder).sort()).toEqual(['x.csv', 'x.members.csv']);
    expect(existsSync(join(folder, 'x.assessed.csv'))).toBe(false);
  }, 60_000);
});
