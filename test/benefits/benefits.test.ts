import { describe, expect, it } from 'vitest';
import {
  BENEFIT_RULES,
  type BenefitRule,
  type BenefitsOnDate,
  type BenefitsSubject,
  benefitsFor,
  type StatusChange,
  type VnPovertyError,
} from '../../src/index';
import { errorCode } from '../fixtures';
import { ABOVE_LINES, assessed, members, nearPoor, parse, poor } from '../targeting/helpers';

const on = (subject: BenefitsSubject, date: string, price?: number): BenefitsOnDate =>
  benefitsFor(subject, {
    on: date,
    ...(price === undefined ? {} : { electricityPricePerKwh: price }),
  });

const rule = (result: BenefitsOnDate, id: string) => result.benefits.find((b) => b.ruleId === id);
const rateFor = (result: BenefitsOnDate, whom: string) =>
  result.benefits.find((b) => b.benefit === 'policy-credit-rate' && b.for === whom);

const always = (status: StatusChange['status']): BenefitsSubject => ({
  history: [{ status, on: '2016-01-01' }],
});

describe('policy credit rates: the change of 1 December 2025 (Decision 2553/QĐ-TTg)', () => {
  it('poor households: 6.6% a year until 30 Nov 2025, 6.24% from 1 Dec 2025', () => {
    expect(rateFor(on(always('poor'), '2025-11-30'), 'poor')?.figures.percentPerYear).toBe('6.6');
    expect(rateFor(on(always('poor'), '2025-12-01'), 'poor')?.figures.percentPerYear).toBe('6.24');
    expect(rateFor(on(always('poor'), '2025-12-01'), 'poor')?.status).toBe('entitled');
  });

  it('near-poor households: 120% of the poor rate, 7.92% then 7.488% (6.6 × 1.2; 6.24 × 1.2)', () => {
    const before = rateFor(on(always('near-poor'), '2025-11-30'), 'near-poor');
    const after = rateFor(on(always('near-poor'), '2025-12-01'), 'near-poor');
    expect([before?.status, before?.figures.percentPerYear]).toEqual(['entitled', '7.92']);
    expect([after?.status, after?.figures.percentPerYear]).toEqual(['entitled', '7.488']);
    expect(after?.figures.derivation).toBe('6.24 × 1.2 = 7.488');
  });

  it('newly escaped households: 125% of the poor rate, 8.25% then 7.8%, term up to 60 months', () => {
    const history: StatusChange[] = [
      { status: 'poor', on: '2021-12-20' },
      { status: 'middle', on: '2024-12-20' },
    ];
    const before = rateFor(on({ history }, '2025-11-30'), 'newly-escaped');
    const after = rateFor(on({ history }, '2025-12-01'), 'newly-escaped');
    expect([before?.status, before?.figures.percentPerYear]).toEqual(['entitled', '8.25']);
    expect([after?.status, after?.figures.percentPerYear, after?.figures.maxTermMonths]).toEqual([
      'entitled',
      '7.8',
      60,
    ]);
  });

  it('the rate of a poor household is not the near-poor one, and neither applies to others', () => {
    const result = on(always('not-poor'), '2025-06-01');
    expect(
      result.benefits.filter((b) => b.benefit === 'policy-credit-rate').map((b) => b.status),
    ).toEqual(['not-entitled', 'not-entitled', 'not-entitled']);
  });
});

describe('the newly-escaped window: 3 years from the day the household left the list', () => {
  // Left the list on 1 Dec 2022: the window runs to 30 Nov 2025 and is closed on 1 Dec 2025.
  const history: StatusChange[] = [
    { status: 'near-poor', on: '2020-01-01' },
    { status: 'middle', on: '2022-12-01' },
  ];

  it('first day: the escape day', () => {
    expect(rateFor(on({ history }, '2022-11-30'), 'newly-escaped')?.status).toBe('not-entitled');
    expect(rateFor(on({ history }, '2022-11-30'), 'near-poor')?.status).toBe('entitled');
    const first = rateFor(on({ history }, '2022-12-01'), 'newly-escaped');
    expect(first?.status).toBe('entitled');
    expect(first?.window).toEqual({
      opensOn: '2022-12-01',
      closesOn: '2025-11-30',
      exact: true,
      daysLeft: 1096, // 31 (Dec 2022) + 365 (2023) + 366 (2024) + 334 (Jan–Nov 2025)
    });
  });

  it('last day: 30 Nov 2025 (the old rate); closed on 1 Dec 2025 (the new rate is not reached)', () => {
    const last = rateFor(on({ history }, '2025-11-30'), 'newly-escaped');
    expect([last?.status, last?.figures.percentPerYear, last?.window?.daysLeft]).toEqual([
      'entitled',
      '8.25',
      1,
    ]);
    const closed = rateFor(on({ history }, '2025-12-01'), 'newly-escaped');
    expect([closed?.status, closed?.window?.closesOn]).toEqual(['not-entitled', '2025-11-30']);
    expect(closed?.window?.daysLeft).toBeUndefined();
  });

  it('a record’s own escape date: previous.leftOn', () => {
    const subject = assessed(
      nearPoor({
        income: ABOVE_LINES,
        previous: { category: 'poor', policyYear: 2022, since: '2021-12-20', leftOn: '2022-12-01' },
      }),
      '2023-06-01',
    );
    expect(rateFor(on(subject, '2025-11-30'), 'newly-escaped')?.status).toBe('entitled');
    expect(rateFor(on(subject, '2025-12-01'), 'newly-escaped')?.status).toBe('not-entitled');
    // Before the escape the record says the household was poor.
    expect(rateFor(on(subject, '2022-11-30'), 'poor')?.status).toBe('entitled');
  });

  it('without the escape date, undetermined when it matters, with the fact to find', () => {
    const subject = assessed(
      nearPoor({ income: ABOVE_LINES, previous: { category: 'poor', policyYear: 2022 } }),
      '2024-06-01',
    );
    // Escaped between 2022-01-02 and 2024-06-01: on 2024-12-31 within 36 months of either end.
    expect(rateFor(on(subject, '2024-12-31'), 'newly-escaped')?.status).toBe('entitled');
    const open = rateFor(on(subject, '2025-06-01'), 'newly-escaped');
    expect([open?.status, open?.missing, open?.window?.exact]).toEqual([
      'undetermined',
      ['previous.leftOn'],
      false,
    ]);
  });
});

describe('health insurance (premium paid by the State)', () => {
  it('poor households: the whole premium', () => {
    const result = rule(on(always('poor'), '2024-01-01'), 'health-insurance-poor');
    expect([result?.status, result?.figures]).toEqual([
      'entitled',
      { premiumPercent: '100', atLeast: false },
    ]);
  });

  it('near-poor: at least 70% from 15 Aug 2025 (Decree 188/2025); no rule in the data the day before', () => {
    const before = on(always('near-poor'), '2025-08-14');
    expect(rule(before, 'health-insurance-near-poor')).toBeUndefined();
    expect(before.notCovered.map((n) => `${n.benefit}|${n.for}`)).toContain(
      'health-insurance|near-poor',
    );
    const after = rule(on(always('near-poor'), '2025-08-15'), 'health-insurance-near-poor');
    expect([after?.status, after?.figures]).toEqual([
      'entitled',
      { premiumPercent: '70', atLeast: true },
    ]);
  });

  it('near-poor in a poor commune: 100%, decided by location.poorCommune', () => {
    const inCommune = (poorCommune?: boolean) => {
      const household = parse(
        nearPoor(poorCommune === undefined ? {} : { location: { poorCommune } }),
      );
      return rule(
        benefitsFor(
          { history: [{ status: 'near-poor', on: '2025-01-01' }], household },
          { on: '2025-09-01' },
        ),
        'health-insurance-near-poor-poor-commune',
      );
    };
    expect(inCommune(true)?.status).toBe('entitled');
    expect(inCommune(false)?.status).toBe('not-entitled');
    expect([inCommune(undefined)?.status, inCommune(undefined)?.missing]).toEqual([
      'undetermined',
      ['location.poorCommune'],
    ]);
    const noHousehold = rule(
      on(always('near-poor'), '2025-09-01'),
      'health-insurance-near-poor-poor-commune',
    );
    expect(noHousehold?.missing).toEqual(['household']);
  });

  it('middle-living-standard agricultural households: at least 30%', () => {
    const farming = (status: StatusChange['status'], agriculturalHousehold: boolean) =>
      rule(
        benefitsFor(
          {
            history: [{ status, on: '2025-01-01' }],
            household: parse(nearPoor({ agriculturalHousehold })),
          },
          { on: '2025-09-01' },
        ),
        'health-insurance-agricultural-middle',
      );
    expect(farming('middle', true)?.status).toBe('entitled');
    expect(farming('middle', false)?.status).toBe('not-entitled');
    expect(farming('not-poor', true)?.status).toBe('not-entitled');
    expect(farming('neither', true)?.status).toBe('undetermined');
  });
});

describe('the unsecured credit cap (from 1 Mar 2019)', () => {
  it('not in the data on 28 Feb 2019; 100,000,000 for up to 120 months from 1 Mar 2019', () => {
    expect(
      rule(on(always('poor'), '2019-02-28'), 'policy-credit-unsecured-cap-poor'),
    ).toBeUndefined();
    const cap = rule(on(always('poor'), '2019-03-01'), 'policy-credit-unsecured-cap-poor');
    expect([cap?.status, cap?.figures]).toEqual([
      'entitled',
      { maxVnd: 100_000_000, maxTermMonths: 120 },
    ]);
  });
});

describe('tuition exemption (Decree 81/2021, from 15 Oct 2021)', () => {
  const pupils = members({
    0: { schooling: { attending: false } },
    1: { schooling: { attending: true, level: 'vocational' } },
    2: { schooling: { attending: true, level: 'lower-secondary' } },
    3: { schooling: { attending: true, level: 'preschool' } },
  });

  it('the pupils of a poor household, not a vocational student', () => {
    const household = parse(poor({ members: pupils }));
    const subject = { history: [{ status: 'poor' as const, on: '2021-01-01' }], household };
    expect(rule(on(subject, '2021-10-14'), 'tuition-exemption-poor')).toBeUndefined();
    const exempt = rule(on(subject, '2021-10-15'), 'tuition-exemption-poor');
    expect([exempt?.status, exempt?.figures]).toEqual([
      'entitled',
      { pupils: ['m3', 'm4'], undeterminedPupils: [] },
    ]);
  });

  it('no pupil: not entitled; schooling unknown: undetermined, naming the members', () => {
    const none = parse(poor({ members: members({ 0: { schooling: { attending: false } } }, 1) }));
    const noPupil = rule(
      benefitsFor(
        { history: [{ status: 'poor', on: '2022-01-01' }], household: none },
        { on: '2023-01-01' },
      ),
      'tuition-exemption-poor',
    );
    expect(noPupil?.status).toBe('not-entitled');
    const unknown = parse(poor({ members: members({ 0: { schooling: undefined } }, 1) }));
    const open = rule(
      benefitsFor(
        { history: [{ status: 'poor', on: '2022-01-01' }], household: unknown },
        { on: '2023-01-01' },
      ),
      'tuition-exemption-poor',
    );
    expect([open?.status, open?.missing]).toEqual(['undetermined', ['members[0].schooling']]);
  });
});

describe('electricity support (30 kWh a month at the first tier, paid quarterly)', () => {
  it('in đồng when the price is given: 30 × 1,984 = 59,520 a month, 178,560 a quarter', () => {
    const support = rule(on(always('poor'), '2025-06-01', 1984), 'electricity-support-poor');
    expect(support?.figures).toEqual({
      kwhPerMonth: 30,
      pricePerKwh: 1984,
      amountPerMonthVnd: 59_520,
      amountPerPaymentVnd: 178_560,
      paidEveryMonths: 3,
    });
    expect(support?.message.vi).toContain('59.520 đồng/tháng');
  });

  it('in kWh without a price; a bad price is an error', () => {
    expect(rule(on(always('poor'), '2025-06-01'), 'electricity-support-poor')?.figures).toEqual({
      kwhPerMonth: 30,
      paidEveryMonths: 3,
    });
    for (const price of [-1, 1.5, Number.NaN, '1984']) {
      expect(errorCode(() => on(always('poor'), '2025-06-01', price as number))).toBe(
        'invalid-options',
      );
    }
  });
});

describe('the status on the date', () => {
  it('before the history begins: every status-keyed benefit undetermined', () => {
    const result = on({ history: [{ status: 'poor', on: '2024-01-01' }] }, '2023-12-31');
    expect(result.possibleStatuses).toEqual(['poor', 'near-poor', 'middle', 'not-poor']);
    expect(result.statusMissing).toEqual(['history']);
    expect(rule(result, 'health-insurance-poor')?.status).toBe('undetermined');
  });

  it('an undetermined status names the entry to decide', () => {
    const result = on({ history: [{ status: 'undetermined', on: '2024-01-01' }] }, '2024-06-01');
    expect(rule(result, 'health-insurance-poor')?.missing).toEqual(['history[0].status']);
  });

  it('an assessment undetermined between poor and near-poor: its deciding facts', () => {
    const subject = assessed(
      poor({ latrine: 'septic', members: members({ 0: { healthInsurance: undefined } }) }),
    );
    const result = on(subject, '2024-06-01');
    expect(result.possibleStatuses).toEqual(['poor', 'near-poor']);
    expect(rule(result, 'health-insurance-poor')?.missing).toEqual(['members[0].healthInsurance']);
    // Either way the household is not middle.
    expect(rule(result, 'electricity-support-poor')?.status).toBe('undetermined');
  });

  it('lists what is entitled for certain', () => {
    expect(on(always('poor'), '2025-12-01').entitled).toEqual([
      'health-insurance-poor',
      'policy-credit-rate-poor-2025-12-01',
      'policy-credit-unsecured-cap-poor',
      'electricity-support-poor',
    ]);
  });
});

describe('misuse is a typed error', () => {
  it('dates outside 2016–2030, or not real', () => {
    expect(errorCode(() => on(always('poor'), '2015-12-31'))).toBe('date-out-of-range');
    expect(errorCode(() => on(always('poor'), '2016-01-01'))).toBe('no error');
    expect(errorCode(() => on(always('poor'), '2030-12-31'))).toBe('no error');
    expect(errorCode(() => on(always('poor'), '2031-01-01'))).toBe('date-out-of-range');
    expect(errorCode(() => on(always('poor'), '2025-02-29'))).toBe('invalid-date');
    expect(errorCode(() => benefitsFor(always('poor'), undefined as never))).toBe('invalid-date');
  });

  it('a subject that is neither form, a bad history, a mismatched assessment', () => {
    expect(errorCode(() => on({} as never, '2025-01-01'))).toBe('invalid-options');
    expect(
      errorCode(() =>
        on({ history: [{ status: 'rich', on: '2020-01-01' }] } as never, '2025-01-01'),
      ),
    ).toBe('invalid-status-history');
    const a = assessed(poor());
    const b = assessed(poor({ id: 'B' }));
    expect(
      errorCode(() => on({ household: a.household, assessment: b.assessment }, '2025-01-01')),
    ).toBe('assessment-mismatch');
    expect(errorCode(() => on({ history: [], household: 'x' } as never, '2025-01-01'))).toBe(
      'invalid-household',
    );
  });

  it('benefit rules of the wrong shape: a float rate, a window on the wrong rule, ids twice', () => {
    const [first] = BENEFIT_RULES as [BenefitRule];
    const bad = [
      { ...first, grant: { kind: 'credit-rate', percentPerYear: 6.24 } },
      { ...first, id: 'x', windowMonths: 12 },
    ] as unknown as BenefitRule[];
    try {
      benefitsFor(always('poor'), { on: '2025-01-01', rules: bad });
      expect.unreachable();
    } catch (error) {
      expect((error as VnPovertyError).code).toBe('invalid-options');
      expect((error as VnPovertyError).issues.map((i) => i.path)).toEqual([
        'rules[0].grant.percentPerYear',
        'rules[1]',
      ]);
    }
    expect(
      errorCode(() => benefitsFor(always('poor'), { on: '2025-01-01', rules: [first, first] })),
    ).toBe('invalid-options');
  });

  it('rules are data: a province may add its own', () => {
    const province: BenefitRule = {
      id: 'province-electricity-near-poor',
      benefit: 'electricity-support',
      for: 'near-poor',
      validFrom: '2025-01-01',
      grant: { kind: 'electricity', kwhPerMonth: 50, paidEveryMonths: 1 },
      basis: { kind: 'resolution', number: 'HĐND tỉnh', grade: 'N' },
    };
    const result = benefitsFor(always('near-poor'), {
      on: '2025-06-01',
      rules: [province],
      electricityPricePerKwh: 2000,
    });
    expect(result.benefits.map((b) => [b.ruleId, b.status, b.figures.amountPerMonthVnd])).toEqual([
      ['province-electricity-near-poor', 'entitled', 100_000],
    ]);
  });

  it('results are plain data that survive JSON', () => {
    const result = on(always('poor'), '2025-12-01', 1984);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
