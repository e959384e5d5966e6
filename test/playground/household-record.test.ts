import { describe, expect, it } from 'vitest';
import { decodeCase, encodeCase, recordOf, stateOf } from '../../playground/household-record';
import { parseHousehold } from '../../src/index';

/** A record of every fact the form asks, as the JSON contract writes it. */
const RECORD = {
  id: 'HH-1',
  area: 'urban',
  location: { communeCode: '00007' },
  dwelling: { foundation: 'durable', walls: 'non-durable', roof: 'durable', floorAreaM2: 24.5 },
  water: 'rainwater',
  latrine: 'simple-pit',
  devices: ['radio', 'smartphone'],
  wasteTreatment: 'burned',
  hearsLoudspeaker: false,
  income: { monthlyPerCapita: 1_200_000 },
  members: [
    {
      id: 'a',
      sex: 'female',
      birthDate: '1979-02',
      ethnicity: 'Thái',
      relation: 'head',
      work: 'wage-without-contract',
      disability: 'none',
      monthlySocialAllowance: false,
      healthInsurance: true,
      qualification: 'lower-secondary',
      usesInternet: true,
      usesPhone: true,
      meritorious: false,
      sickWithoutCare: false,
    },
    {
      id: 'b',
      sex: 'male',
      birthDate: '2014',
      ethnicity: 'Thái',
      relation: 'child',
      nutrition: 'stunted',
      schooling: { attending: true, level: 'primary' },
    },
  ],
};

describe('the playground’s form as data', () => {
  it('gives back the record it was filled from: every fact the form asks, no other', () => {
    const state = stateOf(RECORD, '2024-06-01', 'by-date');
    expect(recordOf(state)).toEqual(RECORD);
    expect(parseHousehold(recordOf(state), { on: '2024-06-01' }).success).toBe(true);
  });

  it('leaves an unanswered fact out (unknown), and passes a number that is not one to the parser', () => {
    const state = stateOf(RECORD, '2024-06-01', 'by-date');
    const record = recordOf({
      ...state,
      incomeAmount: '1,2 triệu',
      members: [{ ...state.members[0], healthInsurance: '' }],
    });
    expect(record.income).toEqual({ monthlyPerCapita: '1,2 triệu' });
    expect(record.members).toEqual([
      expect.not.objectContaining({ healthInsurance: expect.anything() }),
    ]);
    const parsed = parseHousehold(record, { on: '2024-06-01' });
    expect(parsed.success === false && parsed.issues.map((issue) => issue.path)).toContain(
      'income.monthlyPerCapita',
    );
  });

  it('carries a case in the link and back, in UTF-8', () => {
    const fragment = encodeCase({
      on: '2024-06-01',
      standard: 'nd07-2021',
      language: 'en',
      household: RECORD,
    });
    expect(fragment).toMatch(/^#case=[A-Za-z0-9_-]+$/);
    expect(decodeCase(fragment)).toEqual({
      on: '2024-06-01',
      standard: 'nd07-2021',
      language: 'en',
      household: RECORD,
    });
  });

  it('reads nothing from a link that is not a case, too long, or hostile', () => {
    const encode = (value: unknown) =>
      `#case=${Buffer.from(JSON.stringify(value)).toString('base64url')}`;
    expect(decodeCase('')).toBeUndefined();
    expect(decodeCase('#other=1')).toBeUndefined();
    expect(decodeCase('#case=!!!')).toBeUndefined();
    expect(decodeCase(`#case=${Buffer.from([0xff, 0xfe]).toString('base64url')}`)).toBeUndefined();
    expect(decodeCase(encode({ v: 2, on: '2024-06-01', standard: 'x' }))).toBeUndefined();
    expect(decodeCase(encode({ v: 1, on: 5, standard: 'x' }))).toBeUndefined();
    expect(decodeCase(`#case=${'A'.repeat(60_001)}`)).toBeUndefined();
    // Keys that would reach a prototype are read as facts of their own, or not at all.
    const hostile = JSON.parse(
      '{"v":1,"on":"2024-06-01","standard":"by-date","household":{"__proto__":{"area":"urban"},"members":[{"constructor":{"id":"x"}}]}}',
    );
    const shared = decodeCase(encode(hostile));
    const state = stateOf(shared?.household, '2024-06-01', 'by-date');
    expect(state.household.area).toBe('');
    expect(state.members[0]?.id).toBe('');
    expect(({} as Record<string, unknown>).area).toBeUndefined();
  });

  it('reads at most 30 members and bounded texts', () => {
    const many = {
      ...RECORD,
      members: Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`.repeat(100) })),
    };
    const state = stateOf(many, '2024-06-01', 'by-date');
    expect(state.members.length).toBe(30);
    expect(state.members[0]?.id?.length).toBe(200);
  });
});
