import { describe, expect, it } from 'vitest';
import { parseHousehold } from '../src/index';
import { household } from './fixtures';

/** The fixture as JSON, the way records arrive: a version 1 record with no 1.1 field. */
const v1 = () =>
  JSON.parse(JSON.stringify(household())) as Record<string, unknown> & {
    members: Record<string, unknown>[];
  };

const additions = {
  location: {
    communeCode: '05500',
    poorDistrict: true,
    poorCommune: false,
    extremelyDifficultCommune: true,
    extremelyDifficultCoastalBorderIslandCommune: false,
    oftenHitByDisasters: true,
  },
  formedOn: '2015-03',
  earlierHousingSupport: [{ source: 'mass-organisation', year: 2012 }, { source: 'other' }],
  agriculturalHousehold: true,
  previous: { category: 'poor', policyYear: 2023, since: '2022-01-01', leftOn: '2024-12-20' },
};

function issuesOf(input: unknown, on?: string): string[] {
  const result = on === undefined ? parseHousehold(input) : parseHousehold(input, { on });
  if (result.success) throw new Error('expected the input to be rejected');
  return result.issues.map((issue) => `${issue.path} ${issue.code}`);
}

describe('contract 1.1: the programme facts are optional', () => {
  it('a version 1 record is still valid, and comes back without any 1.1 field', () => {
    const result = parseHousehold(v1(), { on: '2024-06-01' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    for (const key of ['formedOn', 'earlierHousingSupport', 'agriculturalHousehold']) {
      expect(Object.hasOwn(result.data, key)).toBe(false);
    }
  });

  it('accepts every 1.1 field and returns each as given', () => {
    const input = { ...v1(), ...additions };
    input.members[1] = { ...input.members[1], maternity: 'breastfeeding' };
    const result = parseHousehold(input, { on: '2025-01-01' });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.location).toEqual(additions.location);
    expect(result.data.formedOn).toBe('2015-03');
    expect(result.data.earlierHousingSupport).toEqual(additions.earlierHousingSupport);
    expect(result.data.agriculturalHousehold).toBe(true);
    expect(result.data.previous?.leftOn).toBe('2024-12-20');
    expect(result.data.members[1]?.maternity).toBe('breastfeeding');
  });

  it('an empty support list is "no earlier support", a fact of its own', () => {
    const result = parseHousehold({ ...v1(), earlierHousingSupport: [] });
    expect(result.success && result.data.earlierHousingSupport).toEqual([]);
  });

  it('takes a formation date as registers hold it: year, year and month, or full date', () => {
    for (const formedOn of ['2015', '2015-03', '2015-03-31']) {
      expect(parseHousehold({ ...v1(), formedOn }).success).toBe(true);
    }
  });
});

describe('contract 1.1: field checks, with path and code', () => {
  it('flags and booleans must be booleans', () => {
    expect(issuesOf({ ...v1(), location: { poorDistrict: 'yes' } })).toEqual([
      'location.poorDistrict invalid-type',
    ]);
    expect(issuesOf({ ...v1(), agriculturalHousehold: 1 })).toEqual([
      'agriculturalHousehold invalid-type',
    ]);
  });

  it('unknown flags are unknown keys, not silently dropped', () => {
    expect(issuesOf({ ...v1(), location: { poorProvince: true } })).toEqual([
      'location.poorProvince unknown-key',
    ]);
  });

  it('a formation date must be a real date', () => {
    expect(issuesOf({ ...v1(), formedOn: '2019-02-29' })).toEqual([
      'formedOn invalid-partial-date',
    ]);
    expect(issuesOf({ ...v1(), formedOn: '15/03/2015' })).toEqual([
      'formedOn invalid-partial-date',
    ]);
  });

  it('support sources are the listed ones; years whole, from 1945 to 2100', () => {
    expect(issuesOf({ ...v1(), earlierHousingSupport: [{ source: 'bank' }] })).toEqual([
      'earlierHousingSupport[0].source invalid-value',
    ]);
    expect(issuesOf({ ...v1(), earlierHousingSupport: [{ year: 2010 }] })).toEqual([
      'earlierHousingSupport[0].source required',
    ]);
    expect(
      issuesOf({
        ...v1(),
        earlierHousingSupport: [
          { source: 'other', year: 2010.5 },
          { source: 'other', year: 1944 },
          { source: 'other', year: 2101 },
          { source: 'other', amount: 1 },
        ],
      }),
    ).toEqual([
      'earlierHousingSupport[0].year invalid-type',
      'earlierHousingSupport[1].year too-small',
      'earlierHousingSupport[2].year too-large',
      'earlierHousingSupport[3].amount unknown-key',
    ]);
  });

  it('at most 20 earlier supports: a longer list is an error, not history', () => {
    const list = (n: number) => Array.from({ length: n }, () => ({ source: 'other' }));
    expect(parseHousehold({ ...v1(), earlierHousingSupport: list(20) }).success).toBe(true);
    expect(issuesOf({ ...v1(), earlierHousingSupport: list(21) })).toEqual([
      'earlierHousingSupport too-many',
    ]);
  });

  it('maternity is none, pregnant or breastfeeding', () => {
    const input = v1();
    input.members[1] = { ...input.members[1], maternity: 'nursing' };
    expect(issuesOf(input)).toEqual(['members[1].maternity invalid-value']);
  });

  it('the date a status ended must be a real date', () => {
    expect(
      issuesOf({ ...v1(), previous: { category: 'poor', policyYear: 2023, leftOn: '2024-13-01' } }),
    ).toEqual(['previous.leftOn invalid-date']);
  });

  it('names the fields in Vietnamese for officers', () => {
    const result = parseHousehold({ ...v1(), formedOn: 'x', location: { poorDistrict: 0 } });
    const messages = result.success ? [] : result.issues.map((issue) => issue.message.vi);
    expect(messages.join('\n')).toContain('Ngày tách hộ');
    expect(messages.join('\n')).toContain('Huyện nghèo');
  });
});

describe('contract 1.1: checks across fields', () => {
  it('a household formed after the reference date (below, at, above)', () => {
    expect(parseHousehold({ ...v1(), formedOn: '2024-05-31' }, { on: '2024-06-01' }).success).toBe(
      true,
    );
    expect(parseHousehold({ ...v1(), formedOn: '2024-06-01' }, { on: '2024-06-01' }).success).toBe(
      true,
    );
    expect(issuesOf({ ...v1(), formedOn: '2024-06-02' }, '2024-06-01')).toEqual([
      'formedOn after-reference',
    ]);
    // A year or a month that contains the reference date may hold a date before it.
    expect(parseHousehold({ ...v1(), formedOn: '2024-06' }, { on: '2024-06-01' }).success).toBe(
      true,
    );
    expect(issuesOf({ ...v1(), formedOn: '2025' }, '2024-06-01')).toEqual([
      'formedOn after-reference',
    ]);
    // Without a reference date nothing is compared.
    expect(parseHousehold({ ...v1(), formedOn: '2099' }).success).toBe(true);
  });

  it('housing support in a year after the reference date', () => {
    const input = {
      ...v1(),
      earlierHousingSupport: [
        { source: 'other', year: 2024 },
        { source: 'other', year: 2025 },
      ],
    };
    expect(issuesOf(input, '2024-06-01')).toEqual([
      'earlierHousingSupport[1].year after-reference',
    ]);
  });

  it('a status that ended on or before it began, or after the reference date', () => {
    const previous = (leftOn: string) => ({
      ...v1(),
      previous: { category: 'poor', policyYear: 2023, since: '2022-01-01', leftOn },
    });
    expect(issuesOf(previous('2021-12-31'))).toEqual(['previous.leftOn left-before-since']);
    expect(issuesOf(previous('2022-01-01'))).toEqual(['previous.leftOn left-before-since']);
    expect(parseHousehold(previous('2022-01-02')).success).toBe(true);
    expect(issuesOf(previous('2024-06-02'), '2024-06-01')).toEqual([
      'previous.leftOn after-reference',
    ]);
    expect(parseHousehold(previous('2024-06-01'), { on: '2024-06-01' }).success).toBe(true);
  });

  it('reports every problem at once, with the household id', () => {
    const result = parseHousehold(
      { ...v1(), formedOn: '2030', earlierHousingSupport: [{ source: 'x' }] },
      { on: '2024-06-01' },
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => [issue.path, issue.code, issue.householdId])).toEqual([
      ['earlierHousingSupport[0].source', 'invalid-value', 'test'],
      ['formedOn', 'after-reference', 'test'],
    ]);
  });
});
