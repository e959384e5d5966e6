import { describe, expect, it } from 'vitest';
import { parseHousehold, VnPovertyError } from '../src/index';
import { household } from './fixtures';

const valid = () =>
  JSON.parse(JSON.stringify(household())) as Record<string, unknown> & {
    members: Record<string, unknown>[];
  };

function issuesOf(input: unknown, on?: string) {
  const result = on === undefined ? parseHousehold(input) : parseHousehold(input, { on });
  if (result.success) throw new Error('expected the input to be rejected');
  return result.issues.map((issue) => `${issue.path} ${issue.code}`.trim());
}

describe('parseHousehold accepts the contract', () => {
  it('returns the household, typed', () => {
    const result = parseHousehold(valid());
    expect(result.success).toBe(true);
  });

  it('writes ethnic groups in their canonical spelling', () => {
    const input = valid();
    input.members[0] = { ...input.members[0], ethnicity: 'khmer' };
    input.members[1] = { ...input.members[1], ethnicity: 'HMONG' };
    const result = parseHousehold(input);
    expect(result.success && result.data.members.map((m) => m.ethnicity)).toEqual([
      'Khơ-me',
      'Mông',
      'Kinh',
      'Kinh',
    ]);
  });

  it('leaves the input unchanged', () => {
    const input = valid();
    input.members[0] = { ...input.members[0], ethnicity: 'khmer' };
    const before = JSON.stringify(input);
    parseHousehold(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('accepts a household with no dwelling and each income form', () => {
    for (const income of [
      { annualTotal: 0 },
      { monthlyPerCapita: 1_500_000 },
      { proxyScore: 140 },
    ]) {
      expect(parseHousehold({ ...valid(), dwelling: { none: true }, income }).success).toBe(true);
    }
  });
});

describe('parseHousehold rejects, with path and code', () => {
  it('fractional, negative, non-numeric or NaN money', () => {
    expect(issuesOf({ ...valid(), income: { annualTotal: 1.5 } })).toEqual([
      'income.annualTotal not-integer-vnd',
    ]);
    expect(issuesOf({ ...valid(), income: { annualTotal: -1 } })).toEqual([
      'income.annualTotal negative-amount',
    ]);
    expect(issuesOf({ ...valid(), income: { annualTotal: '72000000' } })).toEqual([
      'income.annualTotal invalid-type',
    ]);
    expect(issuesOf({ ...valid(), income: { monthlyPerCapita: Number.NaN } })).toEqual([
      'income.monthlyPerCapita invalid-type',
    ]);
    expect(issuesOf({ ...valid(), income: { annualTotal: 2 ** 53 } })).toEqual([
      'income.annualTotal too-large',
    ]);
    // 1e20 is a whole number, but too large to be exact: it is refused as too large.
    expect(issuesOf({ ...valid(), income: { annualTotal: 1e20 } })).toEqual([
      'income.annualTotal too-large',
    ]);
    expect(issuesOf({ ...valid(), income: { annualTotal: Infinity } })).toEqual([
      'income.annualTotal too-large',
    ]);
  });

  it('no income form, or two of them', () => {
    expect(issuesOf({ ...valid(), income: {} })).toEqual(['income income-form-count']);
    expect(issuesOf({ ...valid(), income: { annualTotal: 1, proxyScore: 2 } })).toEqual([
      'income income-form-count',
    ]);
  });

  it('unknown enum values, naming the accepted ones', () => {
    const result = parseHousehold({ ...valid(), water: 'river' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.code).toBe('invalid-value');
    expect(result.issues[0]?.message.en).toContain('"piped"');
    expect(result.issues[0]?.householdId).toBe('test');
  });

  it('duplicate member ids', () => {
    const input = valid();
    input.members[2] = { ...input.members[2], id: 'm1' };
    expect(issuesOf(input)).toEqual(['members[2].id duplicate-member-id']);
  });

  it('a birth date after the reference date, when one is given', () => {
    const input = valid();
    input.members[3] = { ...input.members[3], birthDate: '2024-06-02' };
    expect(issuesOf(input, '2024-06-01')).toEqual(['members[3].birthDate birth-after-reference']);
    expect(parseHousehold(input).success).toBe(true);
  });

  it('an empty member list, and a missing one', () => {
    expect(issuesOf({ ...valid(), members: [] })).toEqual(['members empty-members']);
    const { members: _, ...rest } = valid();
    expect(issuesOf(rest)).toEqual(['members required']);
  });

  it('unknown keys, at any depth', () => {
    expect(issuesOf({ ...valid(), colour: 'red' })).toEqual(['colour unknown-key']);
    const input = valid();
    input.members[1] = { ...input.members[1], nickname: 'Ba' };
    expect(issuesOf(input)).toEqual(['members[1].nickname unknown-key']);
  });

  it('missing required facts, each by its path', () => {
    const input = valid();
    const { birthDate: _, sex: __, ...member } = input.members[0] as Record<string, unknown>;
    input.members[0] = member;
    expect(issuesOf(input)).toEqual(['members[0].sex required', 'members[0].birthDate required']);
  });

  it('impossible dates', () => {
    const input = valid();
    input.members[0] = { ...input.members[0], birthDate: '1983-02-29' };
    expect(issuesOf(input)).toEqual(['members[0].birthDate invalid-birth-date']);
  });

  it('a negative floor area, and an incomplete or contradictory dwelling', () => {
    expect(
      issuesOf({
        ...valid(),
        dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: -1 },
      }),
    ).toEqual(['dwelling.floorAreaM2 too-small']);
    expect(issuesOf({ ...valid(), dwelling: { foundation: 'durable', walls: 'durable' } })).toEqual(
      ['dwelling.roof required', 'dwelling.floorAreaM2 required'],
    );
    expect(issuesOf({ ...valid(), dwelling: { none: true, roof: 'durable' } })).toEqual([
      'dwelling dwelling-none-with-structures',
    ]);
  });

  it('an unknown ethnic group, suggesting the closest names', () => {
    const input = valid();
    input.members[0] = { ...input.members[0], ethnicity: 'Kihn' };
    const result = parseHousehold(input);
    if (result.success) throw new Error('accepted');
    expect(result.issues[0]?.code).toBe('unknown-ethnicity');
    expect(result.issues[0]?.suggestions?.[0]).toBe('Kinh');
    expect(result.issues[0]?.message.vi).toContain('Kinh');
  });

  it('declared values that are not booleans or not indicator ids', () => {
    expect(issuesOf({ ...valid(), declared: { water: 'yes' } })).toEqual([
      'declared.water invalid-type',
    ]);
    expect(issuesOf({ ...valid(), declared: { 'water source': true } })).toEqual([
      'declared["water source"] invalid-declared-key',
    ]);
  });

  it('reports every problem at once', () => {
    const input = {
      ...valid(),
      area: 'suburban',
      income: { annualTotal: 0.5 },
      members: [{ id: 'x' }],
    };
    expect(issuesOf(input)).toEqual([
      'area invalid-value',
      'income.annualTotal not-integer-vnd',
      'members[0].sex required',
      'members[0].birthDate required',
      'members[0].ethnicity required',
    ]);
  });

  it('gives every message in Vietnamese and English', () => {
    const result = parseHousehold({ ...valid(), water: 'river', colour: 1, members: [] });
    if (result.success) throw new Error('accepted');
    for (const issue of result.issues) {
      expect(issue.message.vi.length).toBeGreaterThan(10);
      expect(issue.message.en.length).toBeGreaterThan(10);
    }
  });

  it('anything that is not a household object', () => {
    expect(issuesOf(null)).toEqual(['invalid-type']);
    expect(issuesOf([1, 2])).toEqual(['invalid-type']);
  });

  it('throws a typed error for a malformed reference date: that is misuse, not bad data', () => {
    expect(() => parseHousehold(valid(), { on: '2024-02-30' })).toThrow(VnPovertyError);
    try {
      parseHousehold(valid(), { on: 'yesterday' });
    } catch (error) {
      expect((error as VnPovertyError).code).toBe('invalid-date');
    }
  });
});

describe('parseHousehold: optional parts of the contract', () => {
  const base = () => JSON.parse(JSON.stringify(household())) as Record<string, unknown>;

  it('accepts a location and a previous status, and checks them', () => {
    const ok = {
      ...base(),
      location: { provinceCode: '19', communeCode: '05500', village: 'Xóm Đồng' },
      previous: { category: 'poor', policyYear: 2024, since: '2024-01-01' },
    };
    expect(parseHousehold(ok).success).toBe(true);
    const bad = parseHousehold({
      ...ok,
      previous: { category: 'undetermined', policyYear: 2024, since: '2024-02-30' },
    });
    expect(bad.success ? [] : bad.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'previous.category invalid-value',
      'previous.since invalid-date',
    ]);
  });

  it('refuses a negative proxy score and an empty member id', () => {
    const members = (base().members as Record<string, unknown>[]).map((member, index) =>
      index === 0 ? { ...member, id: '' } : member,
    );
    const result = parseHousehold({ ...base(), income: { proxyScore: -1 }, members });
    expect(
      result.success ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`),
    ).toEqual(['income.proxyScore too-small', 'members[0].id empty-text']);
  });
});
