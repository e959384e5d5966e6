// npm run bench -- core: every figure of the core's speed, as ratios against a reference run in
// the same process, in alternating rounds (this machine drifts by ±30% over minutes, so a figure
// is the median of the rounds' ratios, never a wall time compared with another run's). Not a
// test: it reports and says which target is met. BENCH_HOUSEHOLDS sets the batch (default
// 200,000), BENCH_ROUNDS the rounds (default 5), BENCH_WORKER_HOUSEHOLDS the threads' batch
// (default 1,000,000).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import {
  assessBatch,
  assessHousehold,
  CATEGORY_CODES,
  createAssessor,
  encodeHouseholds,
  type Household,
  type HouseholdColumns,
  parseHousehold,
  standardForPolicyYear,
} from '../src/index';
import { bareClassify } from './bare-classifier';
import { bareClassifyColumns } from './bare-columns';
import { nd07Engine } from './json-rules-engine-nd07';
import { syntheticHouseholds } from './synthetic';
import { ZOD_REFERENCE } from './zod-reference';

const ON = '2024-10-01';
const [YEAR, MONTH, DAY] = [2024, 10, 1];
const OPTIONS = { on: ON, policyYear: 2024 } as const;

function parse(record: unknown): Household {
  const parsed = parseHousehold(record);
  if (!parsed.success)
    throw new Error(`synthetic household does not parse: ${parsed.issues[0]?.path}`);
  return parsed.data;
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const rate = (count: number, ms: number) => (count / ms) * 1000;
const format = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en')}/s`;

interface Figure {
  readonly name: string;
  readonly ours: number;
  readonly reference: number;
  readonly ratio: number;
  readonly target: string;
  readonly met: boolean;
}
const figures: Figure[] = [];

/** Times `ours` and `reference` (each a whole pass over `count` items) in alternating rounds. */
async function compare(
  name: string,
  count: number,
  ours: () => unknown,
  reference: () => unknown,
  target: number,
  rounds: number,
): Promise<void> {
  const ratios: number[] = [];
  const oursRates: number[] = [];
  const referenceRates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so that a drift inside a round falls on both.
    const order = round % 2 === 0 ? [ours, reference] : [reference, ours];
    const times: number[] = [];
    for (const run of order) {
      const start = performance.now();
      await run();
      times.push(performance.now() - start);
    }
    const [oursMs, referenceMs] = round % 2 === 0 ? times : [times[1], times[0]];
    oursRates.push(rate(count, oursMs as number));
    referenceRates.push(rate(count, referenceMs as number));
    ratios.push((referenceMs as number) / (oursMs as number));
  }
  const ratio = median(ratios);
  const figure = {
    name,
    ours: median(oursRates),
    reference: median(referenceRates),
    ratio,
    target: target >= 1 ? `≥ ${target}×` : `≥ ${target}`,
    met: ratio >= target,
  };
  figures.push(figure);
  console.log(
    `${name}: ${format(figure.ours)} vs ${format(figure.reference)}; ratio per round ${ratios
      .map((r) => r.toFixed(2))
      .join(
        ', ',
      )}; median ${ratio.toFixed(2)} (target ${figure.target}: ${figure.met ? 'met' : 'NOT met'})`,
  );
}

/** The buffers of a batch's typed-array columns, to transfer rather than copy. */
const buffersOf = (c: HouseholdColumns): ArrayBuffer[] =>
  Object.values(c).flatMap((value) =>
    ArrayBuffer.isView(value) ? [value.buffer as ArrayBuffer] : [],
  );

/** A worker's reply: the categories, and the columns it was lent, handed back. */
interface WorkerReply {
  readonly categories: Uint8Array;
  readonly columns: HouseholdColumns;
}

async function threads(columns: HouseholdColumns[], count: number): Promise<void> {
  const workers = columns.map(() => new Worker(new URL(import.meta.url)));
  // Each worker's share is lent to it: its typed arrays are transferred (moved, not copied) and
  // handed back with the categories. The ids (millions of strings, which a message would clone
  // one by one) stay with the caller, who needs them only to explain a household.
  const lent: HouseholdColumns[] = columns.map((c) =>
    structuredClone({
      ...c,
      householdIds: new Array<undefined>(c.households),
      memberIds: new Array<string>(c.memberIds.length),
    }),
  );
  const assess = (i: number) =>
    new Promise<Uint8Array>((done) => {
      const worker = workers[i] as Worker;
      worker.once('message', (reply: WorkerReply) => {
        lent[i] = reply.columns;
        done(reply.categories);
      });
      const share = lent[i] as HouseholdColumns;
      worker.postMessage(share, buffersOf(share));
    });
  const parallel = () => Promise.all(workers.map((_, i) => assess(i)));
  // Warm each worker (loading, compiling) on its share once before timing.
  await parallel();
  const single = () => {
    for (const c of columns) assessBatch(c, OPTIONS);
  };
  await compare(
    `assessBatch on ${columns.length} worker threads over transferred columns vs one thread (${count.toLocaleString('en')} households)`,
    count,
    parallel,
    single,
    1.3,
    3,
  );
  await Promise.all(workers.map((w) => w.terminate()));
}

function coldImport(): void {
  const entry = resolve(process.cwd(), 'dist', 'index.js');
  if (!existsSync(entry)) {
    console.log('cold import: dist/ not built (run npm run build): not measured');
    return;
  }
  const script = `const t = performance.now(); await import(${JSON.stringify(entry)}); console.log(performance.now() - t);`;
  const times = Array.from({ length: 7 }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    ),
  );
  const ms = median(times);
  console.log(
    `cold import of the package in Node: median ${ms.toFixed(1)} ms of 7 (${times.map((t) => t.toFixed(0)).join(', ')}) (target ≤ 100 ms: ${ms <= 100 ? 'met' : 'NOT met'})`,
  );
}

async function bundleSize(): Promise<void> {
  const result = await build({
    stdin: {
      contents:
        "export { parseHousehold, createAssessor, assessHousehold, formatAssessment } from './src/index';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(
    `browser bundle of parse + assess (+ formatAssessment), minified: ${(code.length / 1024).toFixed(1)} KB, gzip ${(gzip / 1024).toFixed(1)} KB (target ≤ 60 KB: ${gzip <= 60 * 1024 ? 'met' : 'NOT met'})`,
  );
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_HOUSEHOLDS ?? 200_000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const engineCount = Math.min(count, 2_000);
  console.log(`Generating ${count.toLocaleString('en')} seeded synthetic households…`);
  const records: unknown[] = JSON.parse(JSON.stringify(syntheticHouseholds(count)));
  const households = records.map(parse);
  const columns = encodeHouseholds(households);
  const standard = standardForPolicyYear(2024);
  const assess = createAssessor({ on: ON, standard });
  const engine = nd07Engine();

  // The references must agree with the library before their speed means anything.
  let disagreements = 0;
  const bare = new Uint8Array(columns.households);
  bareClassifyColumns(columns, YEAR, MONTH, DAY, bare);
  const batch = assessBatch(columns, { on: ON, standard });
  for (let h = 0; h < households.length; h++) {
    const category = assess(households[h] as Household).category;
    if (category !== bareClassify(households[h] as Household, YEAR, MONTH, DAY)) disagreements++;
    if (CATEGORY_CODES[bare[h] as number] !== category) disagreements++;
    if (CATEGORY_CODES[batch.categories[h] as number] !== category) disagreements++;
  }
  for (let h = 0; h < engineCount; h++)
    if (
      (await engine.run(households[h] as Household, YEAR, MONTH, DAY)) !==
      assess(households[h] as Household).category
    )
      disagreements++;
  console.log(`Disagreements with the references: ${disagreements}`);
  if (disagreements > 0) throw new Error('the references disagree with the library');

  let sink = 0;
  const subset = households.slice(0, engineCount);
  const subsetRecords = records.slice(0, engineCount);
  await compare(
    'parseHousehold + reused assessor vs zod parse alone of the same schema',
    count,
    () => {
      for (const record of records) sink += assess(parse(record)).deprivedCount;
    },
    () => {
      for (const record of records) if (ZOD_REFERENCE.safeParse(record).success) sink++;
    },
    0.7,
    rounds,
  );
  await compare(
    'assessHousehold one call at a time vs a reused assessor',
    count,
    () => {
      for (const h of households) sink += assessHousehold(h, { on: ON, standard }).deprivedCount;
    },
    () => {
      for (const h of households) sink += assess(h).deprivedCount;
    },
    0.8,
    rounds,
  );
  await compare(
    'reused assessor with full results vs the bare classifier over objects',
    count,
    () => {
      for (const h of households) sink += assess(h).deprivedCount;
    },
    () => {
      for (const h of households) if (bareClassify(h, YEAR, MONTH, DAY) === 'poor') sink++;
    },
    0.4,
    rounds,
  );
  await compare(
    'assessBatch over columns vs the bare classifier over columns',
    count,
    () => {
      sink += assessBatch(columns, { on: ON, standard }).categories[0] as number;
    },
    () => {
      bareClassifyColumns(columns, YEAR, MONTH, DAY, bare);
    },
    0.6,
    rounds,
  );
  await compare(
    'reused assessor vs json-rules-engine 7.3.1',
    engineCount,
    () => {
      for (const h of subset) sink += assess(h).deprivedCount;
    },
    async () => {
      for (const h of subset) if ((await engine.run(h, YEAR, MONTH, DAY)) === 'poor') sink++;
    },
    100,
    rounds,
  );
  await compare(
    'parseHousehold + assessor vs json-rules-engine 7.3.1 (on parsed households)',
    engineCount,
    () => {
      for (const record of subsetRecords) sink += assess(parse(record)).deprivedCount;
    },
    async () => {
      for (const h of subset) if ((await engine.run(h, YEAR, MONTH, DAY)) === 'poor') sink++;
    },
    25,
    rounds,
  );

  const threadCount = Number(process.env.BENCH_WORKER_HOUSEHOLDS ?? 1_000_000);
  const share = Math.ceil(threadCount / 2);
  const chunks = [0, 1].map((part) =>
    encodeHouseholds(
      Array.from(
        { length: share },
        (_, i) => households[(part * share + i) % households.length] as Household,
      ),
    ),
  );
  await threads(chunks, share * 2);
  coldImport();
  await bundleSize();
  console.log(`\n(checksum ${sink})`);
  console.log('\n| figure | ours | reference | median ratio | target | |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const f of figures)
    console.log(
      `| ${f.name} | ${format(f.ours)} | ${format(f.reference)} | ${f.ratio.toFixed(2)} | ${f.target} | ${f.met ? 'met' : 'NOT met'} |`,
    );
}

if (!isMainThread) {
  // A worker: assess the columns it is given, send the categories back.
  const port = parentPort as NonNullable<typeof parentPort>;
  port.on('message', (columns: HouseholdColumns) => {
    const { categories } = assessBatch(columns, OPTIONS);
    const reply: WorkerReply = { categories, columns };
    port.postMessage(reply, [categories.buffer as ArrayBuffer, ...buffersOf(columns)]);
  });
} else {
  await main();
}
