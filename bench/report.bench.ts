// npm run bench -- report: the report of a review over a stream, against the stream alone.
//
// A stream of synthetic raw records (BENCH_RECORDS, default 100,000) goes through assessMany
// into buildReportModel (every measure of the report, in one pass), and, in alternating rounds,
// through assessMany into summarize alone: the difference is what the report's measures and the
// fan-out cost. The heap after collection is sampled along the report's stream: it must stay flat
// (the report keeps sums, not households). Then the page is rendered once. SYNTHETIC DATA.
// Not a test: it reports, it does not fail.

import { syntheticReview, weightOfCommune } from '../examples/thai-nguyen-synthetic';
import { buildReportModel, renderReportHtml } from '../src/cli/report/index';
import { type AssessedHousehold, assessMany, standardForReview, summarize } from '../src/index';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => bytes / 1024 / 1024;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const heap: { records: number; mb: number }[] = [];
let peakRss = 0;

/** Synthetic raw records made one at a time, as a file stream gives them. */
async function* records(sample: boolean): AsyncGenerator<Record<string, unknown>> {
  let produced = 0;
  for (let pass = 0; produced < RECORDS; pass++) {
    for (const record of syntheticReview(2024, 20_240_501 + pass)) {
      if (produced === RECORDS) return;
      produced++;
      if (sample && produced % 20_000 === 0) {
        gc();
        heap.push({ records: produced, mb: mb(process.memoryUsage().heapUsed) });
      }
      if (produced % 5_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      yield { ...record, id: `${pass}-${String(record.id)}` };
    }
  }
}

const options = { on: '2024-10-01', standard: standardForReview(2024) };
const weight = ({ household }: AssessedHousehold) =>
  weightOfCommune(household.location?.communeCode);

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  gc();
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

console.log(
  `SYNTHETIC DATA: ${RECORDS.toLocaleString('en')} records a stream, ${ROUNDS} rounds each.`,
);
const reportTimes: number[] = [];
const summaryTimes: number[] = [];
let model: Awaited<ReturnType<typeof buildReportModel>> | undefined;
for (let round = 0; round < ROUNDS; round++) {
  const [ms, built] = await timed(() =>
    buildReportModel(assessMany(records(round === 0), options), { weight, synthetic: true }),
  );
  reportTimes.push(ms);
  model = built;
  const [summaryMs] = await timed(() => summarize(assessMany(records(false), options), { weight }));
  summaryTimes.push(summaryMs);
  console.log(
    `  round ${round + 1}: report ${Math.round(ms)} ms, summarize alone ${Math.round(summaryMs)} ms`,
  );
}
const report = median(reportTimes);
const alone = median(summaryTimes);
console.log(
  `report: ${Math.round(RECORDS / (report / 1000)).toLocaleString('en')} records/s; ` +
    `stream with summarize alone: ${Math.round(RECORDS / (alone / 1000)).toLocaleString('en')} records/s; ` +
    `the report's measures cost ${((report / alone - 1) * 100).toFixed(0)}% more (median of ${ROUNDS})`,
);
const first = heap[0];
const last = heap.at(-1);
if (first !== undefined && last !== undefined) {
  console.log(
    `heap after collection: ${first.mb.toFixed(1)} MB at ${first.records.toLocaleString('en')} records, ` +
      `${last.mb.toFixed(1)} MB at ${last.records.toLocaleString('en')} (target: flat); ` +
      `peak RSS ${mb(peakRss).toFixed(0)} MB`,
  );
}
if (model !== undefined) {
  const [ms, html] = await timed(async () => renderReportHtml(model));
  console.log(`page: ${Math.round(html.length / 1024)} kB rendered in ${Math.round(ms)} ms`);
}
