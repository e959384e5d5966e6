import { describe, expect, it } from 'vitest';
import {
  DECISION_90_TARGETS,
  type LevelProgress,
  type PeriodFallProgress,
  type ProgrammeTarget,
  RESOLUTION_257_TARGETS,
  type TargetFigure,
  THAI_NGUYEN_TARGETS,
  targetProgress,
  VnPovertyError,
  type YearFigures,
  type YearlyFallProgress,
} from '../../src/index';
import { errorCode } from '../fixtures';

const target = (id: string): ProgrammeTarget => {
  const found = [...DECISION_90_TARGETS, ...RESOLUTION_257_TARGETS, ...THAI_NGUYEN_TARGETS].find(
    (t) => t.id === id,
  );
  if (found === undefined) throw new Error(`no target ${id}`);
  return found;
};

const years = (measure: string, values: Record<number, TargetFigure>): YearFigures[] =>
  Object.entries(values).map(([year, figure]) => ({
    year: Number(year),
    figures: { [measure]: figure },
  }));

function yearly(figures: YearFigures[], id: string): YearlyFallProgress {
  return targetProgress(figures, [target(id)])[0] as YearlyFallProgress;
}

describe('targetProgress: a yearly fall of 1.0–1.5 points (Decision 90)', () => {
  // 2020 baseline 8.7%; falls 1.0 (at the lower edge), 1.5 (at the upper), 1.51, 0.99.
  const progress = yearly(
    years('poverty-rate', {
      2020: { value: 8.7 },
      2021: { value: '7.7' },
      2022: { value: 6.2 },
      2023: { value: '4.69' },
      2024: { value: 3.7 },
    }),
    'qd90-poverty-rate-fall',
  );

  it('places each year’s fall exactly: both edges are in the band', () => {
    expect(8.7 - 7.7 < 1).toBe(true); // what floating point would have compared
    expect(progress.steps.map((s) => [s.toYear, s.position])).toEqual([
      [2021, 'within'],
      [2022, 'within'],
      [2023, 'above'],
      [2024, 'below'],
    ]);
    expect(progress.steps.map((s) => s.fall)).toEqual([1, 1.5, 1.51, 0.99]);
  });

  it('keeps a fall of exactly 1.5 in the band where floating point gives more', () => {
    expect(8.3 - 6.8 > 1.5).toBe(true);
    const edge = yearly(
      years('poverty-rate', { 2022: { value: 8.3 }, 2023: { value: 6.8 } }),
      'qd90-poverty-rate-fall',
    );
    expect(edge.achieved?.position).toBe('within');
  });

  it('gives the change achieved, per year, and the pace the remaining year needs', () => {
    // 8.7 → 3.7 is 5 points over 4 years: 1.25 a year. To average 1 point over 2020–2025
    // the period needs 5 points: none more is needed in 2025.
    expect(progress.achieved).toEqual({
      fromYear: 2020,
      toYear: 2024,
      fall: 5,
      fallPerYear: 1.25,
      position: 'within',
    });
    expect(progress.remainingYears).toBe(1);
    expect(progress.neededFallPerYear).toBe(0);
    expect(progress.status).toBe('on-track');
    expect(progress.values.map((v) => v.value)).toEqual([8.7, 7.7, 6.2, 4.69, 3.7]);
  });

  it('reads rates given as counts out of a total exactly: 250 → 150 of 10,000 is 1 point', () => {
    const counted = yearly(
      years('poverty-rate', {
        2023: { count: 250, total: 10_000 },
        2024: { count: 150, total: 10_000 },
      }),
      'qd90-poverty-rate-fall',
    );
    expect(counted.achieved).toMatchObject({ fall: 1, position: 'within' });
    // From 2023 the period needs 1 × 2 points; 1 is done, 1 more in 2025.
    expect(counted.neededFallPerYear).toBe(1);
  });

  it('reads a figure of many digits exactly', () => {
    const long = yearly(
      years('poverty-rate', {
        2023: { value: '3.000000000000000000000000000001' },
        2024: { value: '2.000000000000000000000000000001' },
      }),
      'qd90-poverty-rate-fall',
    );
    expect(long.achieved).toMatchObject({ fall: 1, position: 'within' });
    expect(long.values[0]?.value).toBe(3);
  });

  it('spreads a fall over the years between two figures', () => {
    const gap = yearly(
      years('poverty-rate', { 2021: { value: 6 }, 2024: { value: 3.3 } }),
      'qd90-poverty-rate-fall',
    );
    expect(gap.steps).toEqual([
      { fromYear: 2021, toYear: 2024, fall: 2.7, fallPerYear: 0.9, position: 'below' },
    ]);
    expect(gap.status).toBe('off-track');
    // 1 × (2025 − 2021) = 4 points needed; 2.7 done: 1.3 in the one remaining year.
    expect(gap.neededFallPerYear).toBeCloseTo(1.3, 12);
  });

  it('is met or not once figures reach the last year', () => {
    const met = yearly(
      years('poverty-rate', { 2024: { value: 3 }, 2025: { value: 1.8 } }),
      'qd90-poverty-rate-fall',
    );
    expect([met.status, met.remainingYears, met.neededFallPerYear]).toEqual(['met', 0, null]);
    const missed = yearly(
      years('poverty-rate', { 2024: { value: 3 }, 2025: { value: 2.1 } }),
      'qd90-poverty-rate-fall',
    );
    expect(missed.status).toBe('not-met');
  });

  it('has no data with one figure or none, and ignores years outside the period', () => {
    const one = yearly(
      years('poverty-rate', { 2022: { value: 4 }, 2019: { value: 9 }, 2026: { value: 1 } }),
      'qd90-poverty-rate-fall',
    );
    expect(one.status).toBe('no-data');
    expect(one.values).toEqual([{ year: 2022, value: 4 }]);
    expect(one.achieved).toBeNull();
    expect(one.neededFallPerYear).toBe(1); // 1 × 3 years from 2022, over the 3 remaining years
    const none = yearly([], 'qd90-poverty-rate-fall');
    expect([none.status, none.remainingYears, none.neededFallPerYear]).toEqual([
      'no-data',
      5,
      null,
    ]);
  });
});

describe('targetProgress: other bands', () => {
  it('"more than 3 points": exactly 3 is below the band', () => {
    const at = yearly(
      years('ethnic-minority-poverty-rate', { 2022: { value: 20 }, 2023: { value: 17 } }),
      'qd90-ethnic-minority-poverty-rate-fall',
    );
    expect(at.achieved?.position).toBe('below');
    const over = yearly(
      years('ethnic-minority-poverty-rate', { 2022: { value: 20 }, 2023: { value: 16.99 } }),
      'qd90-ethnic-minority-poverty-rate-fall',
    );
    expect(over.achieved?.position).toBe('within');
  });

  it('the poor-district band is data graded U: replacing it changes the answer, not the code', () => {
    const figures = years('poor-district-poverty-rate', {
      2022: { value: 30 },
      2023: { value: 25.2 },
    });
    const published = target('qd90-poor-district-poverty-rate-fall');
    expect(published.basis.grade).toBe('U');
    expect(yearly(figures, published.id).achieved?.position).toBe('within'); // 4.8 in 4–5
    const otherReading = { ...published, band: { min: 4, max: 4.5 } };
    const [progress] = targetProgress(figures, [otherReading]);
    expect(progress?.kind === 'yearly-fall' && progress.achieved?.position).toBe('above');
  });

  it('Thái Nguyên 2024: 3,486 fewer poor and near-poor households, at, below and above', () => {
    const fall = (after: number) =>
      yearly(
        years('poor-or-near-poor-households', { 2023: { value: 18_228 }, 2024: { value: after } }),
        'thai-nguyen-2024-poor-near-poor-fall',
      );
    expect([fall(14_742).achieved?.position, fall(14_742).status]).toEqual(['within', 'met']);
    expect([fall(14_743).achieved?.position, fall(14_743).status]).toEqual(['below', 'not-met']);
    expect(fall(10_000).achieved?.position).toBe('within'); // no upper end
  });

  it('halving over the period: a fall of at least 50% of the start', () => {
    const run = (values: Record<number, TargetFigure>) =>
      targetProgress(years('poor-or-near-poor-households', values), [
        target('qd90-poor-near-poor-halved'),
      ])[0] as PeriodFallProgress;
    expect(run({ 2020: { value: 1000 }, 2025: { value: 500 } })).toMatchObject({
      status: 'met',
      achieved: { fromYear: 2020, toYear: 2025, fall: 500, fallPercent: 50, position: 'within' },
    });
    expect(run({ 2020: { value: 1000 }, 2025: { value: 501 } }).status).toBe('not-met');
    // Two years in: 22% done, 2/5 of 50% = 20% due: on track; (780 − 500) / 3 a year still needed.
    const running = run({ 2020: { value: 1000 }, 2022: { value: 780 } });
    expect(running.status).toBe('on-track');
    expect(running.neededFallPerYear).toBeCloseTo(280 / 3, 12);
    expect(run({ 2020: { value: 1000 }, 2022: { value: 820 } }).status).toBe('off-track');
    expect(run({ 2020: { value: 0 }, 2022: { value: 0 } }).achieved?.fallPercent).toBeNull();
    expect(run({ 2022: { value: 10 } }).status).toBe('no-data');
  });

  it('a level to reach: below 10% by 2030 (10 itself is not below)', () => {
    const run = (values: Record<number, TargetFigure>) =>
      targetProgress(years('ethnic-minority-mountain-area-poverty-rate', values), [
        target('nq257-ethnic-minority-areas-below-10'),
      ])[0] as LevelProgress;
    const running = run({ 2025: { value: 14 }, 2027: { value: 12 } });
    expect(running.latest).toEqual({ year: 2027, value: 12, position: 'above' });
    expect(running.neededChangePerYear).toBeCloseTo(-2 / 3, 12);
    expect(running.status).toBe('on-track'); // falling 1 a year, 2/3 needed
    expect(run({ 2025: { value: 14 }, 2027: { value: 13.5 } }).status).toBe('off-track');
    expect(run({ 2030: { value: 10 } }).status).toBe('not-met');
    expect(run({ 2030: { value: 9.99 } }).status).toBe('met');
    expect(run({ 2028: { value: 8 } })).toMatchObject({
      status: 'on-track',
      neededChangePerYear: 0,
    });
  });

  it('a level to rise to: 65% of communes, one figure below it is off track', () => {
    const [progress] = targetProgress(
      years('new-rural-standard-communes-share', { 2026: { value: 60 } }),
      [target('nq257-new-rural-communes')],
    );
    expect(progress).toMatchObject({
      status: 'off-track',
      neededChangePerYear: 1.25,
      remainingYears: 4,
    });
  });
});

describe('targetProgress: the shipped targets', () => {
  const all = [...DECISION_90_TARGETS, ...RESOLUTION_257_TARGETS, ...THAI_NGUYEN_TARGETS];

  it('are valid, distinct, frozen and cited', () => {
    expect(targetProgress([], all).map((p) => p.status)).toEqual(all.map(() => 'no-data'));
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    expect(Object.isFrozen(DECISION_90_TARGETS[0]?.band)).toBe(true);
    expect(new Set(DECISION_90_TARGETS.map((t) => t.basis.number))).toEqual(new Set(['90/QĐ-TTg']));
    expect(new Set(RESOLUTION_257_TARGETS.map((t) => t.basis.number))).toEqual(
      new Set(['257/2025/QH15']),
    );
    expect(THAI_NGUYEN_TARGETS[0]?.basis).toMatchObject({
      kind: 'plan',
      number: '85/KH-UBND',
      grade: 'N',
    });
  });

  it('gives each result a copy of its target', () => {
    const [progress] = targetProgress([], [target('qd90-poverty-rate-fall')]);
    expect(progress?.target).toEqual(target('qd90-poverty-rate-fall'));
    expect(progress?.target).not.toBe(target('qd90-poverty-rate-fall'));
  });
});

describe('targetProgress: refused, with every problem', () => {
  const fall = target('qd90-poverty-rate-fall');
  const issuesOf = (action: () => unknown): string[] => {
    try {
      action();
    } catch (error) {
      if (error instanceof VnPovertyError && error.code === 'invalid-targets') {
        return error.issues.map((issue) => `${issue.path} ${issue.code}`);
      }
      throw error;
    }
    return [];
  };

  it('a year given twice, a figure that is not a number', () => {
    expect(
      issuesOf(() =>
        targetProgress(
          [
            { year: 2022, figures: { 'poverty-rate': { value: 'four' } } },
            { year: 2022, figures: {} },
          ],
          [fall],
        ),
      ),
    ).toEqual(['years[0].figures.poverty-rate invalid-value', 'years[1].year duplicate-year']);
  });

  it('a malformed figure or year', () => {
    expect(issuesOf(() => targetProgress([{ year: 2022.5, figures: {} }], [fall]))).toEqual([
      'years[0].year invalid-value',
    ]);
    expect(
      issuesOf(() =>
        targetProgress([{ year: 2022, figures: { x: { count: -1, total: 10 } } }], [fall]),
      ),
    ).toEqual(['years[0].figures.x.count invalid-value']);
    expect(
      issuesOf(() =>
        targetProgress([{ year: 2022, figures: { x: { count: 1, total: 0 } } }], [fall]),
      ),
    ).toHaveLength(1);
    expect(
      issuesOf(() =>
        targetProgress([{ year: 2022, figures: { x: { value: Number.NaN } } }], [fall]),
      ),
    ).toHaveLength(1);
    expect(issuesOf(() => targetProgress(null as never, [fall]))).toEqual(['years invalid-value']);
  });

  it('a target with a bad band, period, unknown key or id given twice', () => {
    const bad = [
      { ...fall, id: 'a', band: { min: null, max: null } },
      { ...fall, id: 'b', band: { min: 2, max: 1 } },
      { ...fall, id: 'c', period: { from: 2025, to: 2021 } },
      { ...fall, id: 'a' },
    ];
    expect(issuesOf(() => targetProgress([], bad))).toEqual([
      'targets[0].band invalid-band',
      'targets[1].band invalid-band',
      'targets[2].period invalid-period',
      'targets[3].id duplicate-target',
    ]);
    expect(issuesOf(() => targetProgress([], [{ ...fall, goal: 1 } as never]))).toEqual([
      'targets[0] unknown-key',
    ]);
  });

  it('a count out of a total for a measure that is not a rate', () => {
    const figures = years('poor-or-near-poor-households', {
      2023: { count: 10, total: 100 },
      2024: { value: 5 },
    });
    expect(
      errorCode(() => targetProgress(figures, [target('thai-nguyen-2024-poor-near-poor-fall')])),
    ).toBe('invalid-targets');
  });
});
