import { describe, expect, it } from 'vitest';
import { completedMonths, schoolAge } from '../src/dates/age';
import { isAfter, isBirthDate, isIsoDate, splitDate, splitFullDate } from '../src/dates/calendar';
import { isOfWorkingAge, retirementAgeMonths } from '../src/dates/retirement';

const on = (text: string) => splitFullDate(text);
const age = (birth: string, at: string) =>
  Math.floor(completedMonths(splitDate(birth), on(at)) / 12);

describe('dates at the boundary', () => {
  it('accepts only real ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-6-1')).toBe(false);
    expect(isIsoDate('2024-06-01T00:00')).toBe(false);
  });

  it('accepts register birth dates: year, year-month, full date', () => {
    expect(isBirthDate('1980')).toBe(true);
    expect(isBirthDate('1980-07')).toBe(true);
    expect(isBirthDate('1980-13')).toBe(false);
    expect(isBirthDate('1980-07-32')).toBe(false);
    expect(isBirthDate('80')).toBe(false);
  });

  it('knows when a birth date is after the reference date', () => {
    expect(isAfter(splitDate('2024-06-02'), on('2024-06-01'))).toBe(true);
    expect(isAfter(splitDate('2024-06-01'), on('2024-06-01'))).toBe(false);
    expect(isAfter(splitDate('2024-07'), on('2024-06-01'))).toBe(true);
    expect(isAfter(splitDate('2024-06'), on('2024-06-01'))).toBe(false);
    expect(isAfter(splitDate('2025'), on('2024-06-01'))).toBe(true);
    expect(isAfter(splitDate('2024'), on('2024-06-01'))).toBe(false);
  });
});

describe('age in completed years', () => {
  it('turns a year older on the birthday, not the day before', () => {
    expect(age('2010-06-01', '2024-05-31')).toBe(13);
    expect(age('2010-06-01', '2024-06-01')).toBe(14);
  });

  it('counts a 29 February birthday from 1 March in a common year', () => {
    expect(age('2008-02-29', '2023-02-28')).toBe(14);
    expect(age('2008-02-29', '2023-03-01')).toBe(15);
    expect(age('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('takes reference year minus birth year for a year-only date', () => {
    expect(age('2010', '2024-01-01')).toBe(14);
    expect(age('2010', '2024-12-31')).toBe(14);
  });

  it('counts whole months for a year-and-month date', () => {
    expect(age('2010-06', '2024-05-31')).toBe(13);
    expect(age('2010-06', '2024-06-01')).toBe(14);
    expect(completedMonths(splitDate('2010-06'), on('2010-08-15'))).toBe(2);
  });
});

describe('school age (year the school year began minus birth year)', () => {
  it('changes in September, not on the birthday', () => {
    expect(schoolAge(2016, on('2024-06-01'), 9)).toBe(7);
    expect(schoolAge(2016, on('2024-08-31'), 9)).toBe(7);
    expect(schoolAge(2016, on('2024-09-01'), 9)).toBe(8);
  });
});

describe('retirement age (Decree 135/2020/NĐ-CP Art. 4)', () => {
  const months = (years: number, extra = 0) => years * 12 + extra;

  it('is 60 for men who reached it by 2020', () => {
    expect(retirementAgeMonths('male', 1960, 5)).toBe(months(60));
  });

  it('rises 3 months a year for men, the age of the year it is reached', () => {
    expect(retirementAgeMonths('male', 1961, 1)).toBe(months(60, 3)); // reached 2021-04
    expect(retirementAgeMonths('male', 1961, 10)).toBe(months(60, 6)); // 60y3m would be 2022-01
    expect(retirementAgeMonths('male', 1966, 1)).toBe(months(61, 9)); // 2027-10
    expect(retirementAgeMonths('male', 1966, 4)).toBe(months(62)); // 2028-04
    expect(retirementAgeMonths('male', 1990, 1)).toBe(months(62));
  });

  it('rises 4 months a year for women up to 60', () => {
    expect(retirementAgeMonths('female', 1965, 12)).toBe(months(55)); // 2020-12
    expect(retirementAgeMonths('female', 1966, 1)).toBe(months(55, 4)); // 2021-05
    expect(retirementAgeMonths('female', 1980, 1)).toBe(months(60));
  });

  it('bounds working age: from 15, until the day the retirement age is reached', () => {
    const workingAge = (sex: 'male' | 'female', birth: string, at: string) =>
      isOfWorkingAge(
        sex,
        splitDate(birth).year,
        splitDate(birth).month ?? 1,
        completedMonths(splitDate(birth), on(at)),
        15,
      );
    expect(workingAge('male', '2009-06-02', '2024-06-01')).toBe(false);
    expect(workingAge('male', '2009-06-01', '2024-06-01')).toBe(true);
    // born 1961-10-15: retires at 60 years 6 months, on 2022-04-15
    expect(workingAge('male', '1961-10-15', '2022-04-14')).toBe(true);
    expect(workingAge('male', '1961-10-15', '2022-04-15')).toBe(false);
  });
});
