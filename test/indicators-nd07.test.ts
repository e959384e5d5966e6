import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  type Household,
  type IndicatorResult,
  ND07_2021,
  type Standard,
} from '../src/index';
import { adult, child, household, ON } from './fixtures';

function indicator(id: string, h: Household, on = ON): IndicatorResult {
  const found = assessHousehold(h, { on, standard: ND07_2021 }).indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
}
const status = (id: string, h: Household, on = ON) => indicator(id, h, on).status;
const withMembers = (...members: Household['members']) => household({ members });

describe('nd07-2021 indicators (spec/standards.md §4.1): each way', () => {
  it('baseline: nothing deprived, nothing unknown', () => {
    const result = assessHousehold(household(), { on: ON, standard: ND07_2021 });
    expect(result.indicators.map((i) => i.status)).toEqual(Array(12).fill('not-deprived'));
  });

  describe('employment', () => {
    it('is deprived by an unemployed member of working age, naming the member', () => {
      const found = indicator(
        'employment',
        withMembers(adult('a', { work: 'unemployed' }), adult('b')),
      );
      expect(found.status).toBe('deprived');
      expect(found.members).toEqual(['a']);
    });
    it('is deprived by wage work without a contract, not with one', () => {
      expect(status('employment', withMembers(adult('a', { work: 'wage-without-contract' })))).toBe(
        'deprived',
      );
      expect(status('employment', withMembers(adult('a', { work: 'wage-with-contract' })))).toBe(
        'not-deprived',
      );
    });
    it('counts working age from 15 (below, at, above)', () => {
      const teen = (birthDate: string) =>
        withMembers(adult('p'), adult('t', { birthDate, work: 'unemployed' }));
      expect(status('employment', teen('2009-06-02'))).toBe('not-deprived'); // 14
      expect(status('employment', teen('2009-06-01'))).toBe('deprived'); // 15 today
      expect(status('employment', teen('2008-01-01'))).toBe('deprived'); // 16
    });
    it('stops at the retirement age: a man born 1961-10-15 retires on 2022-04-15', () => {
      const man = withMembers(adult('r', { birthDate: '1961-10-15', work: 'unemployed' }));
      expect(status('employment', man, '2022-04-14')).toBe('deprived');
      expect(status('employment', man, '2022-04-15')).toBe('not-deprived');
    });
    it('is unknown when a working-age member’s work is missing, listing the fact', () => {
      const found = indicator(
        'employment',
        withMembers({ ...adult('a'), work: undefined } as never, adult('b')),
      );
      expect(found.status).toBe('unknown');
      expect(found.missing).toEqual(['members[0].work']);
    });
    it('is decided despite a missing fact when another member deprives', () => {
      const h = withMembers(
        { ...adult('a'), work: undefined } as never,
        adult('b', { work: 'unemployed' }),
      );
      expect(status('employment', h)).toBe('deprived');
    });
  });

  describe('dependants (more than 50%)', () => {
    const kids = (n: number) => Array.from({ length: n }, (_, i) => child(`c${i}`, '2016-02-10'));
    it('2 of 4 is not deprived; 3 of 5 is; 1 of 1 is', () => {
      expect(status('dependants', withMembers(adult('a'), adult('b'), ...kids(2)))).toBe(
        'not-deprived',
      );
      expect(status('dependants', withMembers(adult('a'), adult('b'), ...kids(3)))).toBe(
        'deprived',
      );
      expect(status('dependants', withMembers(...kids(1)))).toBe('deprived');
    });
    it('counts children under 16 only (below, at, above)', () => {
      const teen = (birthDate: string) =>
        withMembers(adult('a'), child('c', birthDate), child('d', '2016-02-10'));
      expect(status('dependants', teen('2008-06-02'))).toBe('deprived'); // 15: 2 of 3
      expect(status('dependants', teen('2008-06-01'))).toBe('not-deprived'); // 16: 1 of 3
    });
    it('counts the elderly from 60 and people with disabilities only with a monthly allowance', () => {
      const elder = (birthDate: string, allowance: boolean) =>
        withMembers(
          adult('a'),
          adult('e', { birthDate, monthlySocialAllowance: allowance }),
          child('c', '2016-02-10'),
        );
      expect(status('dependants', elder('1964-06-01', true))).toBe('deprived'); // 60 today
      expect(status('dependants', elder('1964-06-02', true))).toBe('not-deprived'); // 59
      expect(status('dependants', elder('1950-01-01', false))).toBe('not-deprived');
      const disabled = withMembers(
        adult('a'),
        adult('d', { disability: 'severe', monthlySocialAllowance: true }),
        child('c', '2016-02-10'),
      );
      expect(status('dependants', disabled)).toBe('deprived');
    });
    it('is unknown when a member who could tip the share lacks the facts', () => {
      const h = withMembers(
        adult('a'),
        { ...adult('e', { birthDate: '1950' }), monthlySocialAllowance: undefined } as never,
        child('c', '2016-02-10'),
      );
      const found = indicator('dependants', h);
      expect(found.status).toBe('unknown');
      expect(found.missing).toEqual(['members[1].monthlySocialAllowance']);
    });
    it('is still decided when the unknown member cannot tip it', () => {
      const h = withMembers(adult('a'), adult('b'), adult('c'), {
        ...adult('e'),
        disability: undefined,
        monthlySocialAllowance: undefined,
      } as never);
      expect(status('dependants', h)).toBe('not-deprived'); // at most 1 of 4
    });
  });

  describe('nutrition (children under 16)', () => {
    it('is deprived by a stunted or underweight child', () => {
      for (const nutrition of ['stunted', 'underweight', 'stunted-and-underweight'] as const) {
        expect(
          status('nutrition', withMembers(adult('a'), child('c', '2016-02-10', { nutrition }))),
        ).toBe('deprived');
      }
    });
    it('ignores a 16-year-old, counts a 15-year-old', () => {
      expect(
        status(
          'nutrition',
          withMembers(adult('a'), child('c', '2008-06-01', { nutrition: 'stunted' })),
        ),
      ).toBe('not-deprived');
      expect(
        status(
          'nutrition',
          withMembers(adult('a'), child('c', '2008-06-02', { nutrition: 'stunted' })),
        ),
      ).toBe('deprived');
    });
    it('is unknown when a child’s status is missing', () => {
      expect(
        status(
          'nutrition',
          withMembers(adult('a'), { ...child('c', '2016-02-10'), nutrition: undefined } as never),
        ),
      ).toBe('unknown');
    });
  });

  describe('health insurance (members aged 6 or over)', () => {
    it('is deprived by an uninsured member aged 6, not by one aged 5', () => {
      expect(
        status(
          'healthInsurance',
          withMembers(adult('a'), child('c', '2018-06-01', { healthInsurance: false })),
        ),
      ).toBe('deprived');
      expect(
        status(
          'healthInsurance',
          withMembers(adult('a'), child('c', '2018-06-02', { healthInsurance: false })),
        ),
      ).toBe('not-deprived');
    });
    it('is unknown when a card is not recorded', () => {
      const found = indicator(
        'healthInsurance',
        withMembers({ ...adult('a'), healthInsurance: undefined } as never),
      );
      expect(found).toMatchObject({
        status: 'unknown',
        members: ['a'],
        missing: ['members[0].healthInsurance'],
      });
    });
  });

  describe('adult education (16 to 30)', () => {
    const young = (birthDate: string, overrides: Parameters<typeof adult>[1]) =>
      withMembers(adult('a'), adult('y', { birthDate, ...overrides }));
    it('expects lower-secondary at 16–17 and upper-secondary or vocational at 18–30', () => {
      expect(status('adultEducation', young('2008-06-01', { qualification: 'primary' }))).toBe(
        'deprived',
      ); // 16
      expect(
        status('adultEducation', young('2007-06-01', { qualification: 'lower-secondary' })),
      ).toBe('not-deprived'); // 17
      expect(
        status('adultEducation', young('2006-06-01', { qualification: 'lower-secondary' })),
      ).toBe('deprived'); // 18
      expect(
        status('adultEducation', young('2006-06-01', { qualification: 'vocational-elementary' })),
      ).toBe('not-deprived');
      expect(
        status('adultEducation', young('1994-06-01', { qualification: 'lower-secondary' })),
      ).toBe('deprived'); // 30
      expect(status('adultEducation', young('1993-06-01', { qualification: 'none' }))).toBe(
        'not-deprived',
      ); // 31
      expect(status('adultEducation', young('2008-06-02', { qualification: 'none' }))).toBe(
        'not-deprived',
      ); // 15
    });
    it('is not deprived while in school or with employer-certified training', () => {
      expect(
        status(
          'adultEducation',
          young('2000-01-01', { qualification: 'primary', schooling: { attending: true } }),
        ),
      ).toBe('not-deprived');
      expect(
        status(
          'adultEducation',
          young('2000-01-01', { qualification: 'primary', employerCertifiedTraining: true }),
        ),
      ).toBe('not-deprived');
    });
    it('is unknown when the qualification, attendance or certification is missing', () => {
      const h = withMembers(adult('a'), {
        ...adult('y', { birthDate: '2000' }),
        qualification: undefined,
        employerCertifiedTraining: undefined,
      } as never);
      expect(indicator('adultEducation', h).missing).toEqual([
        'members[1].qualifications',
        'members[1].employerCertifiedTraining',
      ]);
    });
  });

  describe('child schooling (3 to under 16, at the level for the school age)', () => {
    const kid = (
      birthDate: string,
      schooling:
        | {
            attending: boolean;
            level?: 'preschool' | 'primary' | 'lower-secondary' | 'upper-secondary';
          }
        | undefined,
      on = ON,
    ) =>
      status(
        'childSchooling',
        withMembers(adult('a'), { ...child('c', birthDate), schooling } as never),
        on,
      );
    it('is deprived by a child not attending, at each end of the range', () => {
      expect(kid('2021-06-01', { attending: false })).toBe('deprived'); // 3
      expect(kid('2021-06-02', { attending: false })).toBe('not-deprived'); // 2
      expect(kid('2008-06-02', { attending: false })).toBe('deprived'); // 15
      expect(kid('2008-06-01', { attending: false })).toBe('not-deprived'); // 16
    });
    it('expects the level of the school age, and accepts a level above it', () => {
      // born 2012: school age 11 in school year 2023–24: lower-secondary
      expect(kid('2012-12-01', { attending: true, level: 'primary' })).toBe('deprived');
      expect(kid('2012-12-01', { attending: true, level: 'lower-secondary' })).toBe('not-deprived');
      expect(kid('2013-01-01', { attending: true, level: 'primary' })).toBe('not-deprived'); // school age 10
      expect(kid('2013-01-01', { attending: true, level: 'lower-secondary' })).toBe('not-deprived');
      // born 2008-09-01: 15 and school age 15 on 2024-06-01: upper-secondary
      expect(kid('2008-09-01', { attending: true, level: 'lower-secondary' })).toBe('deprived');
    });
    it('moves the expected level in September, with the school year', () => {
      expect(kid('2013-03-01', { attending: true, level: 'primary' }, '2024-08-31')).toBe(
        'not-deprived',
      );
      expect(kid('2013-03-01', { attending: true, level: 'primary' }, '2024-09-01')).toBe(
        'deprived',
      );
    });
    it('is unknown when attendance or the level is missing', () => {
      expect(kid('2016-02-10', undefined)).toBe('unknown');
      expect(kid('2016-02-10', { attending: true })).toBe('unknown');
    });
  });

  describe('housing quality', () => {
    const dwelling = (
      foundation: 'durable' | 'non-durable',
      walls: 'durable' | 'non-durable',
      roof: 'durable' | 'non-durable',
    ) =>
      status(
        'housingQuality',
        household({ dwelling: { foundation, walls, roof, floorAreaM2: 60 } }),
      );
    it('is deprived by 2 of 3 non-durable structures, not by 1', () => {
      expect(dwelling('non-durable', 'durable', 'durable')).toBe('not-deprived');
      expect(dwelling('durable', 'non-durable', 'non-durable')).toBe('deprived');
      expect(dwelling('non-durable', 'non-durable', 'non-durable')).toBe('deprived');
    });
    it('is deprived with no dwelling, and so is floor area', () => {
      const h = household({ dwelling: { none: true } });
      expect(status('housingQuality', h)).toBe('deprived');
      expect(status('housingArea', h)).toBe('deprived');
    });
  });

  describe('housing area (under 8 m² per member)', () => {
    const area = (floorAreaM2: number) =>
      status(
        'housingArea',
        household({
          dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2 },
        }),
      );
    it('compares exactly with 8 × members (4 members: 32 m²)', () => {
      expect(area(31.99)).toBe('deprived');
      expect(area(32)).toBe('not-deprived');
      expect(area(32.01)).toBe('not-deprived');
    });
  });

  describe('water and sanitation', () => {
    it('is deprived by each unsafe source and not by each safe one', () => {
      for (const water of [
        'piped',
        'drilled-well',
        'protected-dug-well',
        'protected-spring',
        'rainwater',
        'bottled',
      ] as const) {
        expect(status('water', household({ water }))).toBe('not-deprived');
      }
      for (const water of [
        'unprotected-dug-well',
        'unprotected-spring',
        'surface-water',
        'other',
      ] as const) {
        expect(status('water', household({ water }))).toBe('deprived');
      }
    });
    it('is deprived by each unhygienic latrine and not by each hygienic one', () => {
      for (const latrine of [
        'septic',
        'semi-septic',
        'pour-flush',
        'double-vault',
        'ventilated-pit',
        'biogas',
      ] as const) {
        expect(status('sanitation', household({ latrine }))).toBe('not-deprived');
      }
      for (const latrine of ['simple-pit', 'hanging', 'none', 'other'] as const) {
        expect(status('sanitation', household({ latrine }))).toBe('deprived');
      }
    });
  });

  describe('information', () => {
    it('telecom: one internet user is enough; none deprives; a missing answer leaves it open', () => {
      expect(status('telecom', withMembers(adult('a', { usesInternet: false }), adult('b')))).toBe(
        'not-deprived',
      );
      expect(
        status(
          'telecom',
          withMembers(adult('a', { usesInternet: false }), adult('b', { usesInternet: false })),
        ),
      ).toBe('deprived');
      expect(
        status(
          'telecom',
          withMembers(adult('a', { usesInternet: false }), {
            ...adult('b'),
            usesInternet: undefined,
          } as never),
        ),
      ).toBe('unknown');
    });
    it('access to information: any of TV, radio, computer, smartphone; a basic phone is not enough', () => {
      expect(status('informationAccess', household({ devices: ['smartphone'] }))).toBe(
        'not-deprived',
      );
      expect(status('informationAccess', household({ devices: ['basic-phone'] }))).toBe('deprived');
      expect(status('informationAccess', household({ devices: [] }))).toBe('deprived');
    });
  });

  describe('declared values (form B2)', () => {
    it('override the facts both ways and say so, keeping what the facts gave', () => {
      const h = household({ water: 'surface-water', declared: { water: false, sanitation: true } });
      expect(indicator('water', h)).toMatchObject({
        status: 'not-deprived',
        source: 'declared',
        derivedStatus: 'deprived',
      });
      expect(indicator('sanitation', h)).toMatchObject({
        status: 'deprived',
        source: 'declared',
        derivedStatus: 'not-deprived',
      });
      expect(indicator('telecom', h).source).toBe('derived');
    });
    it('decide an indicator whose facts are missing', () => {
      const h = household({
        members: [{ ...adult('a'), healthInsurance: undefined } as never],
        declared: { healthInsurance: false },
      });
      expect(status('healthInsurance', h)).toBe('not-deprived');
    });
    it('are noted, not counted, for an indicator the standard does not have', () => {
      const result = assessHousehold(household({ declared: { healthcareAccess: true } }), {
        on: ON,
        standard: ND07_2021,
      });
      expect(result.deprivedCount).toBe(0);
      expect(result.notes.map((note) => note.code)).toEqual(['declared-indicator-not-in-standard']);
    });
  });
});

describe('dependants: the elderly-allowance reading is a parameter (grade U)', () => {
  it('counts every member of 60 or over when the allowance is not required of the elderly', async () => {
    const { defineStandard } = await import('../src/index');
    const otherReading = defineStandard(ND07_2021, {
      id: 'elderly-without-allowance',
      title: { vi: 'Cách đọc khác', en: 'Other reading' },
      indicators: { update: { dependants: { rule: { elderlyNeedAllowance: false } } } },
    });
    const h = withMembers(
      adult('a'),
      adult('e', { birthDate: '1950', monthlySocialAllowance: false }),
      child('c', '2016-02-10'),
    );
    const status = (standard: Standard) =>
      assessHousehold(h, { on: ON, standard }).indicators.find((i) => i.id === 'dependants')
        ?.status;
    expect(status(ND07_2021)).toBe('not-deprived'); // 1 of 3
    expect(status(otherReading)).toBe('deprived'); // 2 of 3
  });
});
