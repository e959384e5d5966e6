import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  createAssessor,
  defineStandard,
  type Household,
  type Member,
  ND07_2021,
  ND351_2025,
  parseHousehold,
  QD59_2015,
  type Standard,
  VnPovertyError,
} from '../../src/index';
import { adult, child, errorCode, householdInput, parsed } from '../fixtures';
import { hostileObjects } from './support/hostile';
import { type Record_, setOwn } from './support/households';
import { expectWellFormedIssues } from './support/issues';
import { readPath, resolvePath } from './support/paths';

/*
 * Issue 6, "Hostile and careless input": each finding, as its own test, named after it. The
 * fuzz properties beside this file look for more of the same; these pin the cases found.
 */

const ON = '2024-06-01';
const MB = 1 << 20;
const title = { vi: 'Thử', en: 'Test' };

/** The issues of a refused record (the test fails if it is accepted). */
function issuesOf(input: unknown, options: { on?: string } = { on: ON }) {
  const result = parseHousehold(input, options);
  if (result.success) throw new Error('accepted');
  expectWellFormedIssues(result.issues, input);
  return result.issues;
}

const pathsAndCodes = (input: unknown, options?: { on?: string }) =>
  issuesOf(input, options).map((issue) => `${issue.path} ${issue.code}`);

/** The error a call throws: a VnPovertyError, or the test fails. */
function thrown(action: () => unknown): VnPovertyError {
  try {
    action();
  } catch (error) {
    if (error instanceof VnPovertyError) return error;
    throw new Error(`untyped: ${String(error)}`);
  }
  throw new Error('no error');
}

const standardIssues = (changes: unknown, base: Standard = ND07_2021) => {
  const error = thrown(() => defineStandard(base, changes as never));
  expect(error.code).toBe('invalid-standard');
  expectWellFormedIssues(error.issues, changes, 'any-tail');
  return error.issues.map((issue) => `${issue.path} ${issue.code}`);
};

/** A member with some facts left out: unknown. */
function withoutFacts(member: Member, ...facts: (keyof Member)[]): Member {
  const copy: Record<string, unknown> = { ...member };
  for (const fact of facts) delete copy[fact];
  return copy as unknown as Member;
}

/** Wall time of a call, in milliseconds. */
function wallTime(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

describe('one request can stall a process', () => {
  // Bounded work, not speed: one second is generous for what the limits allow (milliseconds),
  // and far below what unbounded suggestions took (19 s for 100,000 characters).
  const withName = (name: string) => householdInput({ members: [adult('a', { ethnicity: name })] });

  it('a 100,000-character unknown ethnic group is too long, answered at once', () => {
    const input = withName('x'.repeat(100_000));
    expect(wallTime(() => parseHousehold(input))).toBeLessThan(1000);
    expect(pathsAndCodes(input)).toEqual(['members[0].ethnicity too-long']);
  });

  it('a 1 MiB unknown ethnic group is too long, answered at once', () => {
    const input = withName('x'.repeat(MB));
    expect(wallTime(() => parseHousehold(input))).toBeLessThan(1000);
    expect(wallTime(() => thrown(() => assessHousehold(input as never, { on: ON })))).toBeLessThan(
      1000,
    );
    expect(pathsAndCodes(input)).toEqual(['members[0].ethnicity too-long']);
  });

  it('1,000 members with 1,000-character unknown names: too many members, bounded issues', () => {
    const members = Array.from({ length: 1000 }, (_, i) =>
      adult(`m${i}`, { ethnicity: 'q'.repeat(1000) }),
    );
    const input = householdInput({ members });
    expect(wallTime(() => parseHousehold(input))).toBeLessThan(1000);
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ path: 'members', code: 'too-many' });
    // 100 issues at most, and the rest counted in a last one.
    expect(issues).toHaveLength(101);
    expect(issues.at(-1)?.code).toBe('too-many-issues');
  });

  it('suggestions: at most 5 unknown names of a record get them, at most 3 each', () => {
    const members = Array.from({ length: 20 }, (_, i) => adult(`m${i}`, { ethnicity: `Kihn${i}` }));
    const issues = issuesOf(householdInput({ members }));
    const suggested = issues.filter((issue) => issue.suggestions !== undefined);
    expect(suggested).toHaveLength(5);
    for (const issue of suggested) expect(issue.suggestions?.length).toBeLessThanOrEqual(3);
    expect(issues.filter((issue) => issue.code === 'unknown-ethnicity')).toHaveLength(20);
  });
});

describe('an assessment that never returns', () => {
  for (const amount of [1e20, 1e308, Number.POSITIVE_INFINITY]) {
    it(`annualTotal of ${amount} on a hand-built household: refused at once`, () => {
      const input = householdInput({ income: { annualTotal: amount } });
      let error: VnPovertyError | undefined;
      expect(
        wallTime(() => (error = thrown(() => assessHousehold(input as never, { on: ON })))),
      ).toBeLessThan(1000);
      expect(error?.code).toBe('invalid-household');
      expect(error?.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
        'income.annualTotal too-large',
      ]);
    });
  }

  it('the largest annual total: 10^14 đồng for 1 and for 7 members, divided exactly', () => {
    const assess = (members: number) =>
      assessHousehold(
        parsed(
          householdInput({
            income: { annualTotal: 100_000_000_000_000 },
            members: Array.from({ length: members }, (_, i) => adult(`m${i}`)),
          }),
        ),
        { on: ON },
      ).income;
    // 10^14 / 12 = 8,333,333,333,333.33…, half-up to 8,333,333,333,333.
    expect(assess(1).monthlyPerCapita).toBe(8_333_333_333_333);
    // 10^14 / 84 = 1,190,476,190,476.19…, half-up to 1,190,476,190,476.
    expect(assess(7).monthlyPerCapita).toBe(1_190_476_190_476);
  });
});

/** Changes every value of a result in place: strings, numbers, booleans, lists and objects. */
function vandalise(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  const target = value as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    const child = target[key];
    if (typeof child === 'string') target[key] = `${child}!`;
    else if (typeof child === 'number') target[key] = child + 1;
    else if (typeof child === 'boolean') target[key] = !child;
    else vandalise(child);
  }
  if (Array.isArray(target)) {
    target.push('vandal');
    target.reverse();
  } else target.vandal = true;
}

describe('results that change other results', () => {
  const households: Record<string, Household> = {
    'near-poor, with declared values': parsed(
      householdInput({ declared: { water: true, notInAnyStandard: false } }),
    ),
    'undetermined, with unknown facts': parsed(
      householdInput({
        income: { annualTotal: 10 },
        members: [withoutFacts(adult('a'), 'healthInsurance', 'work'), child('c', '2015-01-01')],
      }),
    ),
    'scored by proxy': parsed(householdInput({ income: { proxyScore: 100 } })),
  };
  const options = {
    'nd07-2021 in force': { on: ON },
    'a date in a review window': { on: '2025-10-01' },
    'nd351-2025, provisional': { on: '2028-06-01' },
    'qd59-2015, two tiers': { on: '2019-06-01' },
    'an explicit standard outside its years': { on: '2031-06-01', standard: ND07_2021 },
  } as const;

  for (const [optionsName, given] of Object.entries(options)) {
    it(`mutating every part of a result changes no later result, nor the standard: ${optionsName}`, () => {
      const standards = [QD59_2015, ND07_2021, ND351_2025].map((standard) =>
        JSON.stringify(standard),
      );
      const assess = createAssessor(given);
      for (const household of Object.values(households)) {
        const first = assess(household);
        const before = JSON.parse(JSON.stringify(first));
        vandalise(first);
        expect(first).not.toEqual(before);
        expect(assess(household)).toEqual(before);
        expect(createAssessor(given)(household)).toEqual(before);
        expect(assessHousehold(household, given)).toEqual(before);
      }
      expect(
        [QD59_2015, ND07_2021, ND351_2025].map((standard) => JSON.stringify(standard)),
      ).toEqual(standards);
    });
  }
});

describe('indicator ids named like Object.prototype members', () => {
  const names = Object.getOwnPropertyNames(Object.prototype);

  it('defineStandard refuses every one of them as an added indicator id', () => {
    const water = ND07_2021.indicators.find((indicator) => indicator.id === 'water');
    for (const id of names) {
      const issues = standardIssues({ id: 'x', title, indicators: { add: [{ ...water, id }] } });
      const expected = /^[a-z][A-Za-z0-9]*$/.test(id)
        ? ['reserved-indicator-id']
        : ['invalid-format', 'reserved-indicator-id'];
      expect(issues, id).toEqual(expected.map((code) => `indicators.add[0].id ${code}`));
    }
  });

  it('defineStandard finds none of them in the base, to update or to remove', () => {
    for (const id of names) {
      const update = {};
      setOwn(update, id, { service: 'health' });
      expect(standardIssues({ id: 'x', title, indicators: { update } }), id).toEqual([
        `indicators.update${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`} unknown-indicator`,
      ]);
      expect(standardIssues({ id: 'x', title, indicators: { remove: [id] } })).toEqual([
        'indicators.remove[0] unknown-indicator',
      ]);
    }
  });

  it('declared.constructor, declared.toString…: no deprivation, no function source in any message', () => {
    const plain = parsed(householdInput());
    const declared = { constructor: true, toString: true, valueOf: true, hasOwnProperty: true };
    const hostile = parsed(householdInput({ declared }));
    const withEmpty = parsed(householdInput({ declared: {} }));
    const base = assessHousehold(plain, { on: ON });
    for (const household of [hostile, withEmpty]) {
      const result = assessHousehold(household, { on: ON });
      expect(result.category).toBe(base.category);
      expect(result.deprivedCount).toBe(base.deprivedCount);
      expect(result.indicators).toEqual(base.indicators);
      const text = JSON.stringify(result);
      expect(text).not.toContain('function');
      expect(text).not.toContain('[native code]');
    }
    const notes = assessHousehold(hostile, { on: ON }).notes;
    expect(notes.map((note) => note.values?.indicatorId).sort()).toEqual(
      Object.keys(declared).sort(),
    );
    expect(base.category).toBe('near-poor');
  });
});

describe('defineStandard and the caller’s objects', () => {
  const changes = () => ({
    id: 'province-2025',
    title: { vi: 'Chuẩn tỉnh', en: 'Province' },
    basis: [{ kind: 'decision', number: '1/2025', grade: 'L' }],
    policyYears: { from: 2025, to: 2026 },
    lines: {
      rural: {
        poverty: {
          amount: 1_600_000,
          per: 'month',
          basis: { kind: 'decision', number: '2', grade: 'L' },
        },
        nearPoverty: { amount: 1_700_000, per: 'month' },
      },
    },
    classification: {
      deprivationThreshold: 4,
      basis: { kind: 'decision', number: '3', grade: 'L' },
    },
    indicators: {
      update: {
        water: { rule: { safe: ['piped', 'bottled'] }, label: { vi: 'Nước', en: 'Water' } },
      },
      add: [
        {
          id: 'provincial',
          service: 'housing',
          label: { vi: 'a', en: 'b' },
          rule: { kind: 'latrine', hygienic: ['septic'] },
          basis: { kind: 'decision', number: '4', grade: 'U' },
        },
      ],
    },
    survey: {
      scoreACutoff: { rural: 150, urban: 180 },
      pointsPerIndicator: 10,
      poorScoreBAtLeast: 40,
      basis: { kind: 'circular', number: '5', grade: 'S' },
    },
  });
  const frozenParts = (value: unknown, path = 'changes'): string[] =>
    value === null || typeof value !== 'object'
      ? []
      : [
          ...(Object.isFrozen(value) ? [path] : []),
          ...Object.entries(value).flatMap(([key, child]) => frozenParts(child, `${path}.${key}`)),
        ];

  it('defineStandard freezes none of the caller’s objects', () => {
    const given = changes();
    defineStandard(ND07_2021, given as never);
    expect(frozenParts(given)).toEqual([]);
  });

  it('the standard aliases none of them: changing them afterwards changes nothing', () => {
    const given = changes();
    const standard = defineStandard(ND07_2021, given as never);
    const before = JSON.stringify(standard);
    vandalise(given);
    expect(JSON.stringify(standard)).toBe(before);
  });
});

describe('defineStandard refuses rules that could never apply, or always would', () => {
  const refused = (name: string, changes: Record_, expected: string) =>
    it(name, () => {
      expect(standardIssues({ id: 'x', title, ...changes })).toContain(expected);
    });
  const update = (id: string, rule: Record_) => ({ indicators: { update: { [id]: { rule } } } });

  refused(
    'a threshold above the number of indicators (13 of 12)',
    { classification: { deprivationThreshold: 13 } },
    'classification.deprivationThreshold threshold-above-indicators',
  );
  refused(
    'every indicator removed',
    { indicators: { remove: ND07_2021.indicators.map((i) => i.id) } },
    'indicators no-indicators',
  );
  refused(
    'a threshold of 0',
    { classification: { deprivationThreshold: 0 } },
    'classification.deprivationThreshold too-small',
  );
  refused(
    'an empty safe-water list',
    update('water', { safe: [] }),
    'indicators.update.water.rule.safe empty-list',
  );
  refused(
    'fromAge above underAge',
    update('childSchooling', { fromAge: 16, underAge: 6 }),
    'indicators.update.childSchooling.rule.fromAge age-order',
  );
  refused(
    'a share of 5/1',
    update('dependants', { shareAbove: { numerator: 5, denominator: 1 } }),
    'indicators.update.dependants.rule.shareAbove share-not-below-one',
  );
  refused(
    'policy years from −100000',
    { policyYears: { from: -100_000, to: 2026 } },
    'policyYears.from too-small',
  );
});

describe('a hand-made object passed as a standard', () => {
  const handMade: Record<string, unknown> = {
    'a spread copy': { ...ND07_2021 },
    'a JSON copy': JSON.parse(JSON.stringify(ND07_2021)),
    'an object inheriting from it': Object.create(ND07_2021),
    'a frozen JSON copy': Object.freeze(JSON.parse(JSON.stringify(ND07_2021))),
  };
  for (const [name, standard] of Object.entries(handMade)) {
    it(`${name}: invalid-standard, to assess and to derive from`, () => {
      const household = parsed(householdInput());
      expect(
        errorCode(() => assessHousehold(household, { on: ON, standard: standard as Standard })),
      ).toBe('invalid-standard');
      expect(errorCode(() => createAssessor({ on: ON, standard: standard as Standard }))).toBe(
        'invalid-standard',
      );
      expect(errorCode(() => defineStandard(standard as Standard, { id: 'x', title }))).toBe(
        'invalid-standard',
      );
    });
  }
});

describe('options', () => {
  const household = parsed(householdInput());
  const throwing = {
    toString() {
      throw new Error('boom');
    },
  };

  it('null or missing options: invalid-options', () => {
    expect(errorCode(() => assessHousehold(household, null as never))).toBe('invalid-options');
    expect(errorCode(() => assessHousehold(household, undefined as never))).toBe('invalid-options');
    expect(errorCode(() => createAssessor(null as never))).toBe('invalid-options');
    expect(errorCode(() => parseHousehold({}, null as never))).toBe('invalid-options');
  });

  it('standard: null is invalid-standard', () => {
    expect(errorCode(() => assessHousehold(household, { on: ON, standard: null as never }))).toBe(
      'invalid-standard',
    );
  });

  it('an on whose string conversion throws: invalid-date', () => {
    expect(errorCode(() => assessHousehold(household, { on: throwing as never }))).toBe(
      'invalid-date',
    );
    expect(errorCode(() => parseHousehold({}, { on: throwing as never }))).toBe('invalid-date');
  });

  it('an explicit standard on a date outside its policy years: nd07 on 9999-12-31 is noted', () => {
    const result = assessHousehold(household, { on: '9999-12-31', standard: ND07_2021 });
    expect(result.standardId).toBe('nd07-2021');
    expect(result.notes).toEqual([
      expect.objectContaining({
        code: 'standard-outside-policy-years',
        values: { standardId: 'nd07-2021', from: 2022, to: 2026, year: 9999 },
      }),
    ]);
  });
});

describe('small inconsistencies', () => {
  it('declared.__proto__ is refused like __proto__ everywhere else, never dropped', () => {
    const input = JSON.parse(
      JSON.stringify(householdInput()).replace('{', '{"declared":{"__proto__":true},'),
    );
    expect(pathsAndCodes(input)).toEqual(['declared.__proto__ invalid-declared-key']);
    const atRoot = JSON.parse(
      JSON.stringify(householdInput()).replace('{', '{"__proto__":{"area":"urban"},'),
    );
    expect(pathsAndCodes(atRoot)).toEqual(['__proto__ unknown-key']);
  });

  it('location given a Date or a Map is refused, not read as {}', () => {
    for (const location of [new Date(0), new Map([['village', 'x']])])
      expect(pathsAndCodes(householdInput({ location } as never))).toEqual([
        'location invalid-type',
      ]);
  });

  it('birth year 0000 is refused as before 1880, with a message that says so', () => {
    const issues = issuesOf(householdInput({ members: [adult('a', { birthDate: '0000' })] }));
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'members[0].birthDate date-too-early',
    ]);
    expect(issues[0]?.message.vi).toContain('1880');
    expect(issues[0]?.message.en).toContain('1880');
  });

  it('-0 money survives a JSON round trip as 0', () => {
    for (const income of [{ annualTotal: -0 }, { monthlyPerCapita: -0 }, { proxyScore: -0 }]) {
      const household = parsed(
        householdInput({
          income,
          dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: -0 },
        }),
      );
      const amount = Object.values(household.income)[0];
      expect(Object.is(amount, 0)).toBe(true);
      expect(Object.is(household.dwelling.floorAreaM2, 0)).toBe(true);
      expect(JSON.parse(JSON.stringify(household))).toEqual(household);
      const result = assessHousehold(household, { on: ON });
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    }
  });

  it('previous.since after the reference date is refused', () => {
    const input = householdInput({
      previous: { category: 'poor', policyYear: 2024, since: '2024-06-02' },
    });
    expect(pathsAndCodes(input)).toEqual(['previous.since after-reference']);
    expect(parseHousehold(input, { on: '2024-06-02' }).success).toBe(true);
  });

  it('a root-level issue names the record, not an empty field', () => {
    for (const input of [null, [], 'household', 42]) {
      const [issue] = issuesOf(input);
      expect(issue?.path).toBe('');
      expect(issue?.message.vi).toMatch(/^Hộ gia đình /);
      expect(issue?.message.en).toMatch(/^The household record /);
    }
  });

  it('paths of keys such as "members[0]" and "a.b" are quoted, and lead back to the key', () => {
    const input = householdInput({ declared: { 'a.b': true } as never });
    setOwn(input, 'members[0]', 1);
    setOwn(input.members[0] as object, 'a.b', 2);
    const paths = issuesOf(input).map((issue) => issue.path);
    expect(paths).toEqual(['["members[0]"]', 'members[0]["a.b"]', 'declared["a.b"]']);
    expect(paths.map((path) => resolvePath(input, readPath(path)))).toEqual([
      { found: true, value: 1 },
      { found: true, value: 2 },
      { found: true, value: true },
    ]);
  });

  it('paths of such keys in defineStandard’s changes are quoted too, and lead back to the key', () => {
    const rule = { minimumM2: 9 };
    setOwn(rule, 'a.b', 1);
    const update = { housingArea: { rule } };
    setOwn(update, 'members[0]', {});
    expect(standardIssues({ id: 'x', title, indicators: { update } })).toEqual([
      'indicators.update["members[0]"] unknown-indicator',
      'indicators.update.housingArea.rule["a.b"] unknown-key',
    ]);
  });
});

describe('found by fuzzing, beyond the issue', () => {
  it('defineStandard refuses a __proto__ rule parameter, never drops it', () => {
    const changes = JSON.parse(
      '{"id":"x","title":{"vi":"a","en":"b"},"indicators":{"update":{"water":{"rule":{"__proto__":{"safe":[]},"safe":["piped"]}}}}}',
    );
    expect(standardIssues(changes)).toEqual(['indicators.update.water.rule.__proto__ unknown-key']);
  });
});

describe('found by fuzzing: objects whose reading throws give typed errors', () => {
  const household = parsed(householdInput());
  for (const [name, hostile] of Object.entries(hostileObjects())) {
    it(`${name}, as options or changes`, () => {
      expect(errorCode(() => assessHousehold(household, hostile as never))).toBe('invalid-options');
      expect(errorCode(() => createAssessor(hostile as never))).toBe('invalid-options');
      expect(errorCode(() => parseHousehold({}, hostile as never))).toBe('invalid-options');
      expect(errorCode(() => defineStandard(ND07_2021, hostile as never))).toBe('invalid-standard');
      const update = { id: 'x', title, indicators: { update: { water: hostile } } };
      expect(errorCode(() => defineStandard(ND07_2021, update as never))).toBe('invalid-standard');
    });
    it(`${name}, as a household or a standard`, () => {
      issuesOf(hostile); // refused, with well-formed issues
      expect(errorCode(() => assessHousehold(hostile as never, { on: ON }))).toBe(
        'invalid-household',
      );
      const options = { on: ON, standard: hostile };
      expect(errorCode(() => assessHousehold(household, options as never))).toBe(
        'invalid-standard',
      );
      expect(errorCode(() => defineStandard(hostile as never, { id: 'x', title }))).toBe(
        'invalid-standard',
      );
    });
  }

  it('parseHousehold refuses options it does not know, as the assessor does', () => {
    const born2030 = householdInput({ members: [adult('a', { birthDate: '2030' })] });
    expect(errorCode(() => parseHousehold(born2030, { date: ON } as never))).toBe(
      'invalid-options',
    );
  });
});

describe('found by fuzzing: defineStandard bounds its work and its issues', () => {
  it('a list or record of more than 100 entries is refused at once, as too many', () => {
    const many = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, 1]));
    const rule = many(101);
    expect(standardIssues({ id: 'x', title, indicators: { update: { water: { rule } } } })).toEqual(
      ['indicators.update.water.rule too-many'],
    );
    expect(standardIssues({ id: 'x', title, indicators: { update: many(101) } })).toEqual([
      'indicators.update too-many',
    ]);
    expect(
      standardIssues({ id: 'x', title, indicators: { remove: Array(101).fill('water') } }),
    ).toEqual(['indicators.remove too-many']);
  });

  it('at most 100 issues, and a last one saying there were more', () => {
    const changes = {
      id: 'x',
      title,
      ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`k${i}`, 1])),
    };
    const issues = standardIssues(changes);
    expect(issues).toHaveLength(101);
    expect(issues.at(-1)).toBe(' too-many-issues');
  });
});

describe('found by fuzzing: the register’s order changes nothing', () => {
  it('a member who uses the internet: the same member is the evidence, whatever the order', () => {
    const users = [adult('b', { usesInternet: true }), adult('a', { usesInternet: true })];
    const evidence = (members: Member[]) =>
      assessHousehold(parsed(householdInput({ members })), { on: ON })
        .indicators.find((indicator) => indicator.id === 'telecom')
        ?.memberValues.map((value) => value.memberId);
    expect(evidence(users)).toEqual(evidence([...users].reverse()));
  });
});

describe('found while fuzzing: messages name the right field', () => {
  it('a declared value that is not a boolean is a declared indicator, not the field of that name', () => {
    const issues = issuesOf(householdInput({ declared: { water: 'yes', income: 1 } as never }));
    expect(issues.map((issue) => issue.path)).toEqual(['declared.water', 'declared.income']);
    for (const issue of issues) {
      expect(issue.message.vi).toMatch(/^Chỉ số kê khai/);
      expect(issue.message.vi).not.toMatch(/Nguồn nước|Thu nhập/);
    }
  });
});
