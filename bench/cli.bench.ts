// npm run bench -- cli: the `vn-poverty` command end to end on a million SYNTHETIC households in
// CSV (two tables, 1,000,000 households and their members), as an officer would run it on a
// country's review: read, joined, parsed, assessed, written with the errors file.
//
// Targets (issue 10): under 15 s and under 300 MB peak memory on the project's 2-core machine.
// The input is made once from the seeded synthetic review (examples/thai-nguyen-synthetic.ts) and
// kept in .tmp/bench-cli; the built command (dist/cli) runs in its own process, and its peak
// resident memory (VmHWM of the command's process and of the child it runs a streamed input in,
// summed) is read from /proc while it runs. Not a test: it
// reports, it does not fail. BENCH_HOUSEHOLDS sets the size, BENCH_ROUNDS the runs.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticReview } from '../examples/thai-nguyen-synthetic';
import { csvLine } from '../src/cli/output/csv-text';
import { flattenHousehold, tableColumns } from '../src/cli/output/flatten';

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const TARGET_SECONDS = 15;
const TARGET_MB = 300;
// Run by scripts/bench.mjs from the repository's root.
const root = process.cwd();
const folder = join(root, '.tmp', 'bench-cli');
const households = join(folder, `households-${HOUSEHOLDS}.csv`);
const members = join(folder, `households-${HOUSEHOLDS}.members.csv`);
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** Writes text with back-pressure. */
async function write(stream: ReturnType<typeof createWriteStream>, text: string): Promise<void> {
  if (!stream.write(text))
    await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/** The synthetic records, as many as asked: each pass of the review with its own seed and ids. */
function* records(): Generator<Record<string, unknown>> {
  let made = 0;
  for (let pass = 0; ; pass++) {
    for (const record of syntheticReview(2024, 20_240_501 + pass)) {
      if (made++ === HOUSEHOLDS) return;
      yield { ...record, id: `${pass}-${String(record.id)}` };
    }
  }
}

async function makeInput(): Promise<void> {
  if (existsSync(households) && existsSync(members)) return;
  mkdirSync(folder, { recursive: true });
  console.log(
    `Making ${HOUSEHOLDS.toLocaleString('en')} synthetic households in ${folder} (once)…`,
  );
  const columns = tableColumns([]);
  const out = {
    households: createWriteStream(`${households}.part`),
    members: createWriteStream(`${members}.part`),
  };
  await write(out.households, csvLine(columns.households));
  await write(out.members, csvLine(columns.members));
  let text = { households: '', members: '' };
  let count = 0;
  for (const record of records()) {
    const rows = flattenHousehold(record, columns);
    text.households += csvLine(rows.household);
    for (const member of rows.members) text.members += csvLine(member);
    if (++count % 10_000 === 0) {
      await write(out.households, text.households);
      await write(out.members, text.members);
      text = { households: '', members: '' };
    }
  }
  await write(out.households, text.households);
  await write(out.members, text.members);
  await Promise.all(
    Object.values(out).map((stream) => new Promise((resolve) => stream.end(resolve))),
  );
  renameSync(`${households}.part`, households);
  renameSync(`${members}.part`, members);
}

/** The peak resident memory of a process so far, in MB (VmHWM), or 0 once it has gone. */
function peakMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? 0 : Number(kb) / 1024;
  } catch {
    return 0;
  }
}

/** A process's children (the command runs a streamed input again in a child with its heap limited). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

async function runOnce(): Promise<{
  seconds: number;
  peak: number;
  code: number | null;
  out: string;
}> {
  const command = join(root, 'dist', 'cli', 'vn-poverty.js');
  const args = [command, 'assess', households, '--review-year', '2024', '--lang', 'en'];
  args.push('--out', join(folder, 'assessed.csv'), '--errors', join(folder, 'errors.csv'));
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
  });
  // The peak of each process of the run, summed: the command and the child it may start.
  const peaks = new Map<number, number>();
  const timer = setInterval(() => {
    const pid = child.pid as number;
    for (const each of [pid, ...childrenOf(pid)])
      peaks.set(each, Math.max(peaks.get(each) ?? 0, peakMb(each)));
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const peak = [...peaks.values()].reduce((sum, mb) => sum + mb, 0);
  return { seconds: (performance.now() - started) / 1000, peak, code, out };
}

execFileSync('npm', ['run', 'build:cli', '--silent'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
await makeInput();
console.log(
  `vn-poverty assess on ${HOUSEHOLDS.toLocaleString('en')} households (CSV, two tables), ${ROUNDS} run(s):`,
);
for (let round = 1; round <= ROUNDS; round++) {
  const { seconds, peak, code, out } = await runOnce();
  const read = /Read ([\d,]+) households: ([\d,]+) assessed, ([\d,]+) refused/.exec(out);
  console.log(
    `  run ${round}: exit ${code}; ${read?.[0] ?? 'no summary'}; ${seconds.toFixed(1)} s (${Math.round(HOUSEHOLDS / seconds).toLocaleString('en')} households/s), peak memory ${peak.toFixed(0)} MB`,
  );
  console.log(
    `    time: ${seconds.toFixed(1)} s, target under ${TARGET_SECONDS} s: ${verdict(seconds < TARGET_SECONDS)}`,
  );
  console.log(
    `    peak memory: ${peak.toFixed(0)} MB, target under ${TARGET_MB} MB: ${verdict(peak < TARGET_MB)}`,
  );
}
