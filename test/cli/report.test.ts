import { describe, expect, it } from 'vitest';
import { FanOut } from '../../src/cli/report/fan-out';
import {
  buildReportModel,
  formatReportSummary,
  renderReportHtml,
} from '../../src/cli/report/index';
import {
  assessMany,
  type PopulationItem,
  type RejectedRecord,
  summarize,
  targetProgress,
  VnPovertyError,
} from '../../src/index';
import { CURRENT_ON, CURRENT_RECORDS, currentItems, previousItems } from './report-fixture';

const model = await buildReportModel(currentItems(), { previous: previousItems() });

describe('buildReportModel: the figures of the fixture (by hand in report-fixture.ts)', () => {
  it('counts records, assessed and rejected: records = assessed + rejected', () => {
    expect([model.records, model.assessed, model.rejected]).toEqual([7, 6, 1]);
    expect(model.rejectedRecords.map((r) => [r.index, r.householdId])).toEqual([[6, 'BAD']]);
    expect(model.rejectedRecords[0]?.issues.length).toBeGreaterThan(0);
  });

  it('gives the totals with their bounds: 2 poor, at most 3 (A6 is poor or near-poor)', () => {
    const { households, people } = model.totals;
    expect(households.total).toBe(6);
    expect(households.poor).toEqual({ count: 2, atMost: 3, rate: 2 / 6, rateAtMost: 3 / 6 });
    expect(households.nearPoor).toMatchObject({ count: 1, atMost: 2 });
    expect(households.poorOrNearPoor).toMatchObject({ count: 4, atMost: 4 });
    expect(households.undetermined.count).toBe(1);
    // People: A1 4 + A4 5 = 9 surely poor, + A6 3 = 12 at most, of 21.
    expect(people).toMatchObject({ total: 21, poor: { count: 9, atMost: 12 } });
    // The library's own summary of the same items, figure for figure.
    const summary = summarize(currentItems());
    expect(model.totals.households).toEqual(summary.households);
    expect(model.totals.people).toEqual(summary.people);
    expect(model.weighted).toBe(false);
    expect(model.totals.weightedHouseholds).toBeUndefined();
  });

  it('counts by commune', () => {
    expect(model.communes.map((c) => [c.key, c.figures.households.total])).toEqual([
      ['X01', 3],
      ['X02', 3],
    ]);
    expect(model.communes[1]?.figures.households.poor).toMatchObject({ count: 1, atMost: 2 });
  });

  it('counts the priority groups, with the population each is drawn from', () => {
    const [minority, merit, women] = model.priorityGroups;
    // Heads of an ethnic minority: A1 (Tày, poor), A4 (Mông, poor), A5 (Tày, middle).
    expect(minority).toMatchObject({
      id: 'poor-ethnic-minority-household',
      population: 3,
      populationUnknown: 0,
    });
    expect(minority?.poor).toEqual({ count: 2, atMost: 2, rate: 2 / 3, rateAtMost: 2 / 3 });
    // A person of merit: A1 only; A4's members do not say, so A4 is unknown.
    expect(merit).toMatchObject({
      population: 1,
      populationUnknown: 1,
      poor: { count: 1, rate: 1 },
    });
    // Women (born 1980, so 44): A1 2 and A4 3 in poor households, A6 1 in a maybe-poor one; of 7.
    expect(women).toMatchObject({ unit: 'people', population: 7, populationUnknown: 0 });
    expect(women?.poor).toEqual({ count: 5, atMost: 6, rate: 5 / 7, rateAtMost: 6 / 7 });
    expect(women?.basis).toMatchObject({ kind: 'plan', number: '85/KH-UBND' });
  });

  it('follows each household from the previous review', () => {
    const moved = model.transitions?.counts
      .filter((row) => row.counts.households > 0)
      .map((row) => [row.kind, row.counts.households]);
    expect(moved).toEqual([
      ['stayed-poor', 1],
      ['poor-to-near-poor', 1],
      ['escaped-poverty', 1],
      ['newly-poor', 1],
      ['moved-in', 1],
      ['moved-out', 1],
      ['undetermined', 1],
    ]);
    expect(model.transitions?.previousOn).toBe('2023-06-01');
  });

  it('measures the targets on the households surely poor, from both reviews', () => {
    // 2023: A1, A2, A3, B9 poor of 6; 2024: A1, A4 of 6. Ethnic minorities only in 2024: 2 of 3.
    expect(model.year).toBe(2024);
    expect(model.targetFigures).toEqual([
      {
        year: 2023,
        figures: {
          'poverty-rate': { count: 4, total: 6 },
          'poor-or-near-poor-households': { value: 4 },
        },
      },
      {
        year: 2024,
        figures: {
          'poverty-rate': { count: 2, total: 6 },
          'ethnic-minority-poverty-rate': { count: 2, total: 3 },
          'poor-or-near-poor-households': { value: 4 },
        },
      },
    ]);
    // The Decision 90 targets (2021–2025) whose measures have figures, and the rest listed.
    expect(model.targets.map((t) => t.target.id)).toEqual([
      'qd90-poverty-rate-fall',
      'qd90-ethnic-minority-poverty-rate-fall',
      'qd90-poor-near-poor-halved',
    ]);
    expect(model.targets).toEqual(
      targetProgress(
        model.targetFigures,
        model.targets.map((t) => t.target),
      ),
    );
    expect(model.targetsWithoutFigures.length).toBe(6);
  });

  it('takes other years from the caller, the report’s own figures winning in its years', async () => {
    const withHistory = await buildReportModel(currentItems(), {
      history: [
        { year: 2022, figures: { 'poverty-rate': { value: '70' } } },
        { year: 2024, figures: { 'poverty-rate': { value: '1' }, 'other-measure': { value: 3 } } },
      ],
    });
    expect(withHistory.targetFigures.map((y) => [y.year, y.figures['poverty-rate']])).toEqual([
      [2022, { value: '70' }],
      [2024, { count: 2, total: 6 }],
    ]);
    expect(withHistory.targetFigures[1]?.figures['other-measure']).toEqual({ value: 3 });
    expect(withHistory.transitions).toBeNull();
  });

  it('has the Alkire-Foster table with the stated choice (k = 1/3, unknowns excluded)', () => {
    expect(model.alkireFoster.k.exact).toBe('1/3');
    expect(model.alkireFoster.unknown).toBe('exclude');
    expect(model.alkireFoster.population).toMatchObject({ households: 6, excluded: 1 });
    expect(model.alkireFoster.groups.map((g) => g.key)).toEqual(['X01', 'X02']);
    expect(model.indicators.length).toBe(12);
    expect(model.profile.indicators.length).toBe(12);
  });

  it('weights the figures when survey weights are given', async () => {
    const weighted = await buildReportModel(currentItems(), { weight: () => 10 });
    expect(weighted.weighted).toBe(true);
    expect(weighted.totals.weightedHouseholds?.poor).toMatchObject({ count: 20, atMost: 30 });
    expect(weighted.priorityGroups[0]?.weighted).toMatchObject({
      population: 30,
      poor: { count: 20 },
    });
    expect(weighted.targetFigures[0]?.figures['poverty-rate']).toEqual({ count: 20, total: 60 });
  });

  it('is plain JSON data, sharing nothing with the items or the options', async () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    const items = currentItems();
    const history = [{ year: 2022, figures: { 'poverty-rate': { value: '70' } } }];
    const own = await buildReportModel(items, { history });
    (own.rejectedRecords[0]?.issues[0] as { path: string }).path = 'changed';
    (own.targetFigures[0]?.figures['poverty-rate'] as { value: string }).value = '1';
    const rejected = items.find((item) => 'issues' in item) as RejectedRecord | undefined;
    expect(rejected?.issues[0]?.path).toBe('income');
    expect(history[0]?.figures['poverty-rate']).toEqual({ value: '70' });
  });

  it('reads a stream (an async iterable) as an array', async () => {
    async function* stream() {
      yield* currentItems();
    }
    const streamed = await buildReportModel(stream(), { previous: previousItems() });
    expect(streamed).toEqual(model);
  });

  it('fails as the measures fail: a review with two standards, households without ids', async () => {
    const mixed = [...currentItems(), ...assessMany([CURRENT_RECORDS[0]], { on: '2028-06-01' })];
    await expect(buildReportModel(mixed)).rejects.toMatchObject({ code: 'mixed-standards' });
    await expect(buildReportModel(mixed, { previous: previousItems() })).rejects.toMatchObject({
      code: 'mixed-standards',
    });
    await expect(buildReportModel(currentItems(), { previous: mixed })).rejects.toMatchObject({
      code: 'mixed-standards',
    });
    const anonymous = [
      ...assessMany([{ ...(CURRENT_RECORDS[0] as object), id: undefined }], { on: CURRENT_ON }),
    ];
    await expect(buildReportModel(anonymous, { previous: previousItems() })).rejects.toBeInstanceOf(
      VnPovertyError,
    );
    await expect(
      buildReportModel(currentItems(), { alkireFoster: { k: '2', unknown: 'exclude' } }),
    ).rejects.toMatchObject({ code: 'invalid-options' });
    const odd = [{ year: 2022, figures: { 'poverty-rate': { value: () => 1 } } }] as never;
    await expect(buildReportModel(currentItems(), { history: odd })).rejects.toMatchObject({
      code: 'invalid-targets',
    });
    const wrong = [{ year: 2022, figures: { 'poverty-rate': { value: 'many' } } }];
    await expect(buildReportModel(currentItems(), { history: wrong })).rejects.toMatchObject({
      code: 'invalid-targets',
    });
  });

  it('reports an empty review without figures', async () => {
    const empty = await buildReportModel([]);
    expect([empty.records, empty.year, empty.targets.length, empty.standard.id]).toEqual([
      0,
      null,
      0,
      null,
    ]);
    expect(formatReportSummary(empty)).toContain('Bản ghi: 0');
    expect(renderReportHtml(empty)).toContain('<html lang="vi">');
  });
});

describe('formatReportSummary', () => {
  it('writes the totals with their bounds, in Vietnamese by default and in English', () => {
    const vi = formatReportSummary(model);
    expect(vi).toContain('Hộ nghèo: 2 (≤ 3) hộ · 33,33% (≤ 50,00%)');
    expect(vi).toContain('Bản ghi: 7; đánh giá được 6; bị từ chối 1');
    expect(vi).toContain('Thoát nghèo: 1 hộ');
    expect(vi).toContain('✗ #6 BAD');
    const en = formatReportSummary(model, 'en');
    expect(en).toContain('Poor household: 2 (≤ 3) households · 33.33% (≤ 50.00%)');
    expect(en).toContain('Women in poor households: 5 (≤ 6) people · 71.43% (≤ 85.71%)');
    expect(en.endsWith('\n')).toBe(true);
  });

  it('says synthetic data first and last', async () => {
    const synthetic = await buildReportModel(currentItems(), { synthetic: true });
    const lines = formatReportSummary(synthetic, 'en').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\[SYNTHETIC DATA/);
    expect(lines.at(-1)).toMatch(/^\[SYNTHETIC DATA/);
    expect(formatReportSummary(model)).not.toContain('GIẢ LẬP');
  });
});

describe('renderReportHtml', () => {
  it('keeps text from the data as text: a hostile name or id cannot open a script', async () => {
    const hostile = '</script><script>alert(1)</script>';
    const code = '<b>"x"&</b>'; // commune codes are at most 20 characters
    const items = [
      ...assessMany(
        [
          { ...(CURRENT_RECORDS[0] as Record<string, unknown>), location: { communeCode: code } },
          { id: '</script><i>', area: 'rural' },
        ],
        { on: CURRENT_ON },
      ),
    ];
    const html = renderReportHtml(
      await buildReportModel(items, { communeNames: new Map([[code, hostile]]) }),
    );
    expect(html).not.toContain(hostile);
    expect(html).not.toContain(code);
    expect(html).not.toContain('</script><i>');
    expect(html).toContain(
      '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; (&lt;b&gt;&quot;x&quot;&amp;&lt;/b&gt;)',
    );
    expect(html).toContain('&lt;/script&gt;&lt;i&gt;');
    expect(html.match(/<script/g)?.length).toBe(4); // the model, the charts, Chart.js, the drawing
  });

  it('shows weighted figures, transitions and every kind of target', async () => {
    const weighted = await buildReportModel(currentItems(), {
      previous: previousItems(),
      weight: () => 25,
      history: [{ year: 2024, figures: { 'poor-districts-exited-share': { value: 20 } } }],
    });
    expect(weighted.targets.map((t) => t.kind)).toEqual([
      'yearly-fall',
      'yearly-fall',
      'level',
      'period-relative-fall',
    ]);
    const vi = renderReportHtml(weighted);
    expect(vi).toContain('Số hộ (ước tính)');
    // 2 poor of 6 households, each standing for 25: 50 of 150.
    expect(vi).toContain('data-figure="weightedHouseholds.poor.count" data-value="50">50<');
    expect(vi).toContain('2024: 20,00%'); // the level target's figure
    const en = renderReportHtml(weighted, 'en');
    expect(en).toContain('Households (estimated)');
    expect(en).toContain('Escaped poverty');
    expect(formatReportSummary(weighted, 'en')).toContain('Escaped poverty: 25 households');
  });

  it('is one page with Chart.js inside, in the language asked, synthetic data said so', async () => {
    const synthetic = await buildReportModel(currentItems(), { synthetic: true });
    const html = renderReportHtml(synthetic, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Chart.js v4');
    expect(html).toContain('<title>[SYNTHETIC DATA] Poverty review report</title>');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/);
  });
});

describe('FanOut: one source, several readers in one pass', () => {
  const read = async (lane: AsyncIterable<number>, stopAt = Number.POSITIVE_INFINITY) => {
    const seen: number[] = [];
    for await (const value of lane) {
      if (value === stopAt) break;
      seen.push(value);
    }
    return seen;
  };

  it('gives every lane every item, from an array or a generator, reading each once', async () => {
    let pulled = 0;
    function* source() {
      for (let i = 0; i < 5; i++) {
        pulled++;
        yield i;
      }
    }
    const [a, b, c] = new FanOut(source(), 3).lanes() as [
      AsyncIterable<number>,
      AsyncIterable<number>,
      AsyncIterable<number>,
    ];
    expect(await Promise.all([read(a), read(b), read(c)])).toEqual([
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4],
    ]);
    expect(pulled).toBe(5);
  });

  it('lets the others go on when a lane stops early, across batches of 256', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => i);
    const [a, b, c] = new FanOut(many, 3).lanes() as [
      AsyncIterable<number>,
      AsyncIterable<number>,
      AsyncIterable<number>,
    ];
    const [early, later, all] = await Promise.all([read(a, 2), read(b, 600), read(c)]);
    expect([early, later.length, all]).toEqual([[0, 1], 600, many]);
  });

  it('fails every lane when the source fails, and when aborted', async () => {
    function* broken() {
      yield 1;
      throw new Error('disk');
    }
    const [a, b] = new FanOut(broken(), 2).lanes() as [
      AsyncIterable<number>,
      AsyncIterable<number>,
    ];
    const results = await Promise.allSettled([read(a), read(b)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    const fan = new FanOut([1, 2, 3], 2);
    const [c, d] = fan.lanes() as [AsyncIterable<number>, AsyncIterable<number>];
    const reading = Promise.allSettled([read(c), read(d)]);
    fan.abort(new Error('stop'));
    expect((await reading).every((r) => r.status === 'rejected')).toBe(true);
  });

  it('reads nothing more after the items run out', async () => {
    const items: PopulationItem[] = [];
    const [a] = new FanOut(items, 1).lanes() as [AsyncIterable<PopulationItem>];
    const iterator = a[Symbol.asyncIterator]();
    expect(await iterator.next()).toMatchObject({ done: true });
    expect(await iterator.next()).toMatchObject({ done: true });
  });
});
