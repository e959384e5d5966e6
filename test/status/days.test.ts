import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInclusive,
  lastDayOfWindow,
  monthsFromTo,
  nextDay,
  partialDateBounds,
  previousDay,
} from '../../src/dates/days';

describe('day arithmetic', () => {
  it('steps over month, year and leap-day ends', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-02-29')).toBe('2024-03-01');
    expect(nextDay('2025-02-28')).toBe('2025-03-01');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2100-03-01')).toBe('2100-02-28'); // 2100 is not a leap year
  });

  it('counts days with both ends', () => {
    expect(daysInclusive('2025-12-01', '2025-12-01')).toBe(1);
    expect(daysInclusive('2025-12-01', '2027-12-19')).toBe(749); // 31 (Dec 2025) + 365 + 353
    expect(daysInclusive('2024-01-01', '2024-12-31')).toBe(366);
  });

  it('bounds a date held in part', () => {
    expect(partialDateBounds('2019')).toEqual({ earliest: '2019-01-01', latest: '2019-12-31' });
    expect(partialDateBounds('2024-02')).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
    expect(partialDateBounds('2019-01-18')).toEqual({
      earliest: '2019-01-18',
      latest: '2019-01-18',
    });
  });

  it('closes a 36-month window on the day before the third anniversary', () => {
    expect(lastDayOfWindow('2022-12-01', 36)).toBe('2025-11-30');
    expect(lastDayOfWindow('2024-12-20', 36)).toBe('2027-12-19');
    // Opened on 29 February: the anniversary in a common year is 1 March, as for ages.
    expect(lastDayOfWindow('2024-02-29', 36)).toBe('2027-02-28');
    expect(lastDayOfWindow('2024-02-29', 48)).toBe('2028-02-28');
    // Opened on the 31st: a one-month window runs to the end of the next month.
    expect(lastDayOfWindow('2025-01-31', 1)).toBe('2025-02-28');
    expect(lastDayOfWindow('2025-03-31', 1)).toBe('2025-04-30');
  });

  it('the last day of a window is the last day fewer than its months have passed (property)', () => {
    const day = fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2040, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 120 }), (start, months) => {
        const last = lastDayOfWindow(start, months);
        expect(monthsFromTo(start, last)).toBeLessThan(months);
        expect(monthsFromTo(start, nextDay(last))).toBeGreaterThanOrEqual(months);
      }),
    );
  });
});
