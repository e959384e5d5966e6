import { describe, expect, it } from 'vitest';
import { VnPovertyError } from '../../src/index';
import {
  MIDDLE,
  NEAR_POOR,
  NOT_POOR,
  newlyEscapedOnDay,
  POOR,
  statusOnDay,
  timelineFromHistory,
  timelineFromRecord,
} from '../../src/status/timeline';
import { errorCode } from '../fixtures';
import { assessed, nearPoor, poor } from '../targeting/helpers';

const escapedIn2024 = timelineFromHistory([
  { status: 'poor', on: '2021-12-20' },
  { status: 'middle', on: '2024-12-20' },
]);

describe('status on a day', () => {
  it('is the spell’s, and unknown before the history begins', () => {
    expect(statusOnDay(escapedIn2024, '2024-12-19').set).toBe(POOR);
    expect(statusOnDay(escapedIn2024, '2024-12-20').set).toBe(MIDDLE);
    expect(statusOnDay(escapedIn2024, '2021-12-19')).toEqual({
      set: POOR | NEAR_POOR | MIDDLE | NOT_POOR,
      missing: ['history'],
    });
  });

  it('is either spell’s while the day of a change is not known', () => {
    const t = timelineFromHistory([
      { status: 'poor', on: '2022-01-01' },
      { status: 'near-poor', on: '2023-06-30', earliest: '2023-06-01' },
    ]);
    expect(statusOnDay(t, '2023-05-31').set).toBe(POOR);
    expect(statusOnDay(t, '2023-06-01')).toEqual({
      set: POOR | NEAR_POOR,
      missing: ['history[1].on'],
    });
    expect(statusOnDay(t, '2023-06-30').set).toBe(NEAR_POOR);
  });

  it('sorts the history by date, whatever its order', () => {
    const t = timelineFromHistory([
      { status: 'middle', on: '2024-12-20' },
      { status: 'poor', on: '2021-12-20' },
    ]);
    expect(statusOnDay(t, '2023-01-01').set).toBe(POOR);
  });
});

describe('newly escaped on a day (36 months)', () => {
  it('from the escape day to the day before the third anniversary', () => {
    expect(newlyEscapedOnDay(escapedIn2024, '2024-12-19', 36).status).toBe('no'); // still poor
    expect(newlyEscapedOnDay(escapedIn2024, '2024-12-20', 36)).toEqual({
      status: 'yes',
      escapedFrom: '2024-12-20',
      escapedBy: '2024-12-20',
      missing: [],
    });
    expect(newlyEscapedOnDay(escapedIn2024, '2027-12-19', 36).status).toBe('yes');
    expect(newlyEscapedOnDay(escapedIn2024, '2027-12-20', 36).status).toBe('no');
  });

  it('counts from leaving the near-poor list too, and from the last escape', () => {
    const t = timelineFromHistory([
      { status: 'poor', on: '2018-01-01' },
      { status: 'not-poor', on: '2019-01-01' },
      { status: 'near-poor', on: '2022-01-01' },
      { status: 'middle', on: '2024-01-01' },
    ]);
    expect(newlyEscapedOnDay(t, '2021-12-31', 36).status).toBe('yes'); // escaped 2019-01-01
    expect(newlyEscapedOnDay(t, '2022-06-01', 36).status).toBe('no'); // near-poor again
    expect(newlyEscapedOnDay(t, '2026-12-31', 36).escapedFrom).toBe('2024-01-01');
  });

  it('is unknown when the history begins out of poverty, until even an escape just before it has aged out', () => {
    const t = timelineFromHistory([{ status: 'middle', on: '2023-01-01' }]);
    expect(newlyEscapedOnDay(t, '2025-12-31', 36)).toEqual({
      status: 'unknown',
      missing: ['history'],
    });
    expect(newlyEscapedOnDay(t, '2026-01-01', 36).status).toBe('no');
  });

  it('gives a range when the escape day is known only within one', () => {
    const t = timelineFromHistory([
      { status: 'poor', on: '2022-01-01' },
      { status: 'middle', on: '2024-06-01', earliest: '2024-01-01' },
    ]);
    // Certainly escaped by 2024-06-01, at the earliest 2024-01-01: within 36 months of either until
    // 2026-12-31, of neither from 2027-06-01.
    expect(newlyEscapedOnDay(t, '2026-12-31', 36).status).toBe('yes');
    expect(newlyEscapedOnDay(t, '2027-01-01', 36)).toEqual({
      status: 'unknown',
      escapedFrom: '2024-01-01',
      escapedBy: '2024-06-01',
      missing: ['history[1].on'],
    });
    expect(newlyEscapedOnDay(t, '2027-06-01', 36).status).toBe('no');
    // Inside the uncertain stretch: poor, or escaped that very stretch.
    expect(newlyEscapedOnDay(t, '2024-03-01', 36).status).toBe('unknown');
  });

  it('is unknown when the status is undetermined between poor and not', () => {
    const t = timelineFromHistory([
      { status: 'poor', on: '2022-01-01' },
      { status: 'undetermined', on: '2024-01-01' },
    ]);
    expect(newlyEscapedOnDay(t, '2024-06-01', 36)).toEqual({
      status: 'unknown',
      missing: ['history[1].status'],
    });
  });

  it('reads neither-poor-nor-near-poor as out of poverty', () => {
    const t = timelineFromHistory([
      { status: 'near-poor', on: '2022-01-01' },
      { status: 'neither', on: '2024-01-01' },
    ]);
    expect(newlyEscapedOnDay(t, '2024-06-01', 36).status).toBe('yes');
  });
});

describe('a history is checked like input', () => {
  const issues = (history: unknown) => {
    try {
      timelineFromHistory(history);
    } catch (error) {
      if (error instanceof VnPovertyError) {
        return [error.code, ...error.issues.map((i) => `${i.path} ${i.code}`)];
      }
      throw error;
    }
    return [];
  };

  it('every bad entry, with its path', () => {
    expect(
      issues([
        { status: 'rich', on: '2024-01-01' },
        { status: 'poor', on: '2024-02-30' },
        { status: 'poor', on: '2024-03-01', earliest: '2024-04-01' },
        null,
      ]),
    ).toEqual([
      'invalid-status-history',
      'history[0].status invalid-value',
      'history[1].on invalid-date',
      'history[2].earliest invalid-date',
      'history[3] invalid-type',
    ]);
  });

  it('two changes on one day, or overlapping uncertain ones', () => {
    expect(
      issues([
        { status: 'poor', on: '2024-01-01' },
        { status: 'middle', on: '2024-01-01' },
      ]),
    ).toEqual(['invalid-status-history', 'history[1].on overlapping-changes']);
    expect(
      issues([
        { status: 'poor', on: '2024-01-01' },
        { status: 'middle', on: '2024-06-01', earliest: '2023-12-01' },
      ]),
    ).toEqual(['invalid-status-history', 'history[1].on overlapping-changes']);
  });

  it('not a list, or too long', () => {
    expect(issues('poor')).toEqual(['invalid-status-history', 'history invalid-history']);
    expect(
      issues(Array.from({ length: 1001 }, (_, i) => ({ status: 'poor', on: `${1100 + i}-01-01` }))),
    ).toEqual(['invalid-status-history', 'history invalid-history']);
  });
});

describe('the timeline of a record and its assessment', () => {
  it('the earlier status until leftOn, then the assessed one', () => {
    const { household, assessment } = assessed(
      nearPoor({
        income: { annualTotal: 4 * 2_250_001 * 12 },
        previous: { category: 'poor', policyYear: 2022, since: '2021-12-20', leftOn: '2023-12-15' },
      }),
    );
    const t = timelineFromRecord(household, assessment);
    expect(statusOnDay(t, '2023-12-14').set).toBe(POOR);
    expect(statusOnDay(t, '2023-12-15').set).toBe(NOT_POOR);
    expect(newlyEscapedOnDay(t, '2024-06-01', 36).status).toBe('yes');
  });

  it('without leftOn, the change lies between the earlier status and the assessment', () => {
    const { household, assessment } = assessed(
      nearPoor({
        income: { annualTotal: 4 * 2_250_001 * 12 },
        previous: { category: 'poor', policyYear: 2022 }, // held from 2022-01-01 at the latest
      }),
    );
    const t = timelineFromRecord(household, assessment);
    expect(t.spells.map((s) => [s.earliest, s.on])).toEqual([
      ['2022-01-01', '2022-01-01'],
      ['2022-01-02', '2024-06-01'],
    ]);
    expect(newlyEscapedOnDay(t, '2024-06-01', 36).status).toBe('yes'); // escaped after 2022-01-01
    expect(newlyEscapedOnDay(t, '2025-06-01', 36)).toEqual({
      status: 'unknown',
      escapedFrom: '2022-01-02',
      escapedBy: '2024-06-01',
      missing: ['previous.leftOn'],
    });
  });

  it('an assessment dated before the earlier status ended is misuse', () => {
    const { household, assessment } = assessed(
      poor({ previous: { category: 'poor', policyYear: 2025 } }),
    );
    expect(errorCode(() => timelineFromRecord(household, assessment))).toBe(
      'invalid-status-history',
    );
  });
});
