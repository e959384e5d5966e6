import { describe, expect, it } from 'vitest';
import { assessHousehold, ND07_2021, parseHousehold, QD59_2015, type Standard } from '../src/index';
import { adult, child, household, householdInput } from './fixtures';

/**
 * A member may hold a general-education level and vocational qualifications together (contract
 * 1.1, `qualifications`); every rule asks whether any held qualification counts.
 */
const adultEducation = (
  member: ReturnType<typeof adult>,
  on: string,
  standard: Standard = ND07_2021,
) =>
  assessHousehold(household({ members: [adult('p'), member] }), { on, standard }).indicators.find(
    (indicator) => indicator.id === 'adultEducation',
  );

describe('a person with two qualifications', () => {
  it('2016–2021: upper-secondary with an elementary vocational certificate has completed lower-secondary', () => {
    // qd59: aged 15 or over, born 1986 or later, lower-secondary not completed, not in school.
    const both = adult('q', {
      birthDate: '1995-05-05',
      qualification: undefined,
      qualifications: ['upper-secondary', 'vocational-elementary'],
      schooling: { attending: false },
    } as never);
    expect(adultEducation(both, '2019-06-01', QD59_2015)?.status).toBe('not-deprived');
    // The old single value "highest completed: vocational-elementary" means what it meant.
    const old = adult('q', {
      birthDate: '1995-05-05',
      qualification: 'vocational-elementary',
      schooling: { attending: false },
    });
    expect(adultEducation(old, '2019-06-01', QD59_2015)?.status).toBe('deprived');
  });

  it('2022–2026: a 16-year-old with lower-secondary and an elementary certificate is qualified', () => {
    const teen = child('t', '2008-01-01', {
      qualification: undefined,
      qualifications: ['lower-secondary', 'vocational-elementary'],
      schooling: { attending: false },
    } as never);
    expect(adultEducation(teen, '2024-06-01')?.status).toBe('not-deprived');
    const onlyCertificate = child('t', '2008-01-01', {
      qualification: undefined,
      qualifications: ['primary', 'vocational-elementary'],
      schooling: { attending: false },
      employerCertifiedTraining: false,
    } as never);
    const found = adultEducation(onlyCertificate, '2024-06-01');
    expect(found?.status).toBe('deprived');
    expect(found?.memberValues[0]?.values).toMatchObject({
      ageBand: '16–17',
      qualifications: ['primary', 'vocational-elementary'],
    });
  });

  it('an empty list is "none held", not unknown', () => {
    const none = adult('n', {
      birthDate: '2000-01-01',
      qualification: undefined,
      qualifications: [],
      schooling: { attending: false },
      employerCertifiedTraining: false,
    } as never);
    expect(adultEducation(none, '2024-06-01')?.status).toBe('deprived');
  });

  it('refuses a highest qualification that is not among those listed', () => {
    const input = householdInput({
      members: [adult('a', { qualification: 'college', qualifications: ['upper-secondary'] })],
    });
    const result = parseHousehold(input);
    expect(
      result.success ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`),
    ).toEqual(['members[0].qualification qualification-not-in-list']);
  });
});
