// npm run demo: builds the `vn-poverty` command and runs it as an officer would on the SYNTHETIC
// sample of examples/data (about four thousand invented households of a Thái Nguyên-like
// province): the review's report (its summary printed, the HTML page written), the assessment's
// summary, a few refused rows from its errors file (the sample carries
// some mistakes on purpose), one poor household explained, and the ranking for 20 houses of
// housing support. Outputs go to .tmp/demo/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.tmp', 'demo');
mkdirSync(out, { recursive: true });
execFileSync('npm', ['run', 'build:cli', '--silent'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});

const command = join(root, 'dist', 'cli', 'vn-poverty.js');
const sample = join('examples', 'data', 'thai-nguyen-synthetic.households.csv');
const assessed = join(out, 'assessed.csv');
const errors = join(out, 'errors.csv');
const vnPoverty = (args) => {
  console.log(`\n$ vn-poverty ${args.join(' ')}`);
  const run = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' });
  return run.status ?? 3;
};

console.log('SYNTHETIC DATA: every household below is invented (examples/sample-data.ts).');
const report = join(out, 'report.html');
const reported = vnPoverty([
  'report',
  sample,
  '--review-year',
  '2024',
  '--html',
  report,
  '--errors',
  join(out, 'report-errors.csv'),
  '--synthetic',
]);
if (reported !== 0 && reported !== 1) process.exit(reported);
console.log(`\nOpen the report in a browser (it works offline): ${report}`);
const code = vnPoverty([
  'assess',
  sample,
  '--review-year',
  '2024',
  '--out',
  assessed,
  '--errors',
  errors,
]);
if (code !== 0 && code !== 1) process.exit(code);
const lines = readFileSync(errors, 'utf8')
  .replace(/^\uFEFF/, '')
  .trim()
  .split('\n');
console.log(`\nThe first refused rows (${errors}):`);
for (const line of lines.slice(0, 4)) console.log(`  ${line}`);
const poor = readFileSync(assessed, 'utf8')
  .split('\n')
  .find((line) => line.includes(',poor,'));
const id = poor?.split(',')[0];
if (id !== undefined) vnPoverty(['explain', sample, '--review-year', '2024', '--id', id]);
const ranked = join(out, 'ranked.csv');
vnPoverty([
  'rank',
  sample,
  '--review-year',
  '2024',
  '--houses',
  '20',
  '--out',
  ranked,
  '--errors',
  join(out, 'rank-errors.csv'),
]);
console.log(
  `\nExit code ${code}: 1 means some rows were refused and listed in the errors file; the outputs are written.`,
);
