import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  defineStandard,
  type Household,
  ND351_2025,
  QD59_2015,
  type Standard,
} from '../src/index';
import { adult, child, household } from './fixtures';

const ON_2019 = '2019-06-01';
const ON_2027 = '2027-06-01';

function statusIn(standard: Standard, id: string, h: Household, on: string) {
  const found = assessHousehold(h, { on, standard }).indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found.status;
}
const qd59 = (id: string, h: Household) => statusIn(QD59_2015, id, h, ON_2019);
const withMembers = (...members: Household['members']) => household({ members });

describe('qd59-2015 indicators (spec/standards.md §4.2)', () => {
  it('baseline: nothing deprived', () => {
    const result = assessHousehold(household(), { on: ON_2019, standard: QD59_2015 });
    expect(result.indicators.map((i) => i.status)).toEqual(Array(10).fill('not-deprived'));
  });

  it('health care: a member sick without care deprives; a missing answer is unknown', () => {
    expect(qd59('healthcareAccess', withMembers(adult('a', { sickWithoutCare: true })))).toBe(
      'deprived',
    );
    expect(
      qd59('healthcareAccess', withMembers({ ...adult('a'), sickWithoutCare: undefined } as never)),
    ).toBe('unknown');
  });

  it('adult education: 15 or over, born 1986 or later, without lower-secondary, not in school', () => {
    const person = (birthDate: string, qualification: 'primary' | 'lower-secondary') =>
      withMembers(adult('a'), adult('p', { birthDate, qualification }));
    expect(qd59('adultEducation', person('1986-01-01', 'primary'))).toBe('deprived');
    expect(qd59('adultEducation', person('1985-12-31', 'primary'))).toBe('not-deprived');
    expect(qd59('adultEducation', person('1986-01-01', 'lower-secondary'))).toBe('not-deprived');
    expect(qd59('adultEducation', person('2004-06-01', 'primary'))).toBe('deprived'); // 15
    expect(qd59('adultEducation', person('2004-06-02', 'primary'))).toBe('not-deprived'); // 14
  });

  it('child schooling: 5 to under 15 not attending, at any level', () => {
    const kid = (birthDate: string, attending: boolean) =>
      withMembers(
        adult('a'),
        child('c', birthDate, { schooling: { attending, level: 'preschool' } }),
      );
    expect(qd59('childSchooling', kid('2014-06-01', false))).toBe('deprived'); // 5
    expect(qd59('childSchooling', kid('2014-06-02', false))).toBe('not-deprived'); // 4
    expect(qd59('childSchooling', kid('2004-06-02', false))).toBe('deprived'); // 14
    expect(qd59('childSchooling', kid('2004-06-01', false))).toBe('not-deprived'); // 15
    expect(qd59('childSchooling', kid('2010-01-01', true))).toBe('not-deprived'); // any level
  });

  it('telecom: neither a phone subscription nor the internet', () => {
    const user = (usesPhone: boolean | undefined, usesInternet: boolean) =>
      withMembers({ ...adult('a', { usesInternet }), usesPhone } as never);
    expect(qd59('telecom', user(true, false))).toBe('not-deprived');
    expect(qd59('telecom', user(false, true))).toBe('not-deprived');
    expect(qd59('telecom', user(false, false))).toBe('deprived');
    expect(qd59('telecom', user(undefined, false))).toBe('unknown');
  });

  it('information assets: none of TV, radio, computer, and no loudspeaker', () => {
    expect(
      qd59('informationAssets', household({ devices: ['radio'], hearsLoudspeaker: false })),
    ).toBe('not-deprived');
    expect(
      qd59('informationAssets', household({ devices: ['smartphone'], hearsLoudspeaker: true })),
    ).toBe('not-deprived');
    expect(
      qd59('informationAssets', household({ devices: ['smartphone'], hearsLoudspeaker: false })),
    ).toBe('deprived');
    const { hearsLoudspeaker: _, ...unknownLoudspeaker } = household({ devices: [] });
    expect(qd59('informationAssets', unknownLoudspeaker)).toBe('unknown');
  });
});

describe('nd351-2025 indicators (spec/standards.md §4.3)', () => {
  const nd351 = (id: string, h: Household) => statusIn(ND351_2025, id, h, ON_2027);

  it('leaves the new indicators unknown until a cut-off is published, and says so', () => {
    const result = assessHousehold(household(), { on: ON_2027 });
    const unknown = result.indicators.filter((i) => i.status === 'unknown');
    expect(unknown.map((i) => [i.id, i.reason.code, i.missing])).toEqual([
      ['digitalServices', 'cutoff-unpublished', ['declared.digitalServices']],
      ['wasteTreatment', 'cutoff-unpublished', ['declared.wasteTreatment']],
    ]);
  });

  it('lets a declared value (form B2) decide a new indicator', () => {
    expect(nd351('wasteTreatment', household({ declared: { wasteTreatment: true } }))).toBe(
      'deprived',
    );
  });

  it('keeps the 2022 cut-offs for the carried-over indicators', () => {
    expect(
      nd351(
        'housingArea',
        household({
          dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 31.5 },
        }),
      ),
    ).toBe('deprived');
  });

  it('takes a cut-off supplied through defineStandard', () => {
    const supplied = defineStandard(ND351_2025, {
      id: 'nd351-with-waste',
      title: { vi: 'Thử nghiệm', en: 'What-if' },
      indicators: {
        update: {
          wasteTreatment: {
            rule: { kind: 'waste-treatment', adequate: ['collected', 'composted', 'buried'] },
          },
          digitalServices: { rule: { kind: 'member-uses', services: ['usesInternet'] } },
        },
      },
    });
    const status = (id: string, h: Household) => statusIn(supplied, id, h, ON_2027);
    expect(status('wasteTreatment', household({ wasteTreatment: 'burned' }))).toBe('deprived');
    expect(status('wasteTreatment', household({ wasteTreatment: 'composted' }))).toBe(
      'not-deprived',
    );
    const { wasteTreatment: _, ...noFact } = household();
    expect(status('wasteTreatment', noFact)).toBe('unknown');
    expect(status('digitalServices', household())).toBe('not-deprived');
  });
});
