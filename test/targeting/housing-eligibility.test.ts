import { describe, expect, it } from 'vitest';
import {
  assessHousehold,
  assessHousingEligibility,
  type HousingEligibility,
  PROGRAMME_2021_2025,
} from '../../src/index';
import { ABOVE_LINES, assessed, members, nearPoor, parse, poor, statuses } from './helpers';

function eligibility(input: Record<string, unknown>, on = '2024-06-01'): HousingEligibility {
  const { household, assessment } = assessed(input, on);
  return assessHousingEligibility(household, assessment);
}

const ALL_MET = {
  'within-programme-period': 'met',
  'household-poor-or-near-poor': 'met',
  'in-poor-district': 'met',
  'formed-long-enough-before': 'met',
  'housing-condition': 'met',
  'no-earlier-state-or-mass-organisation-support': 'met',
  'not-supported-by-other-programme': 'met',
};

describe('Project 5 housing: every condition met', () => {
  it('a poor household in a poor district, formed in 2010, makeshift house, never supported', () => {
    const result = eligibility(poor());
    expect(result.status).toBe('eligible');
    expect(statuses(result.conditions)).toEqual(ALL_MET);
    expect(result.failed).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.caps.newHouse).toBe(40_000_000);
    expect(result.caps.repair).toBe(20_000_000);
  });

  it('a near-poor household too', () => {
    const result = eligibility(
      nearPoor({
        location: { poorDistrict: true },
        formedOn: '2010',
        earlierHousingSupport: [],
        dwelling: { none: true },
      }),
    );
    expect(result.status).toBe('eligible');
  });
});

describe('each condition not met: not eligible, and the condition listed', () => {
  const failing = (input: Record<string, unknown>, on?: string) => {
    const result = eligibility(input, on);
    expect(result.status).toBe('not-eligible');
    return result.failed;
  };

  it('status: a household above the lines', () => {
    expect(failing(poor({ income: ABOVE_LINES }))).toEqual(['household-poor-or-near-poor']);
  });

  it('area: outside any poor district', () => {
    expect(failing(poor({ location: { poorDistrict: false } }))).toEqual(['in-poor-district']);
  });

  it('formed too late: on 2019-01-19, less than 3 years before 18 Jan 2022', () => {
    expect(failing(poor({ formedOn: '2019-01-19' }))).toEqual(['formed-long-enough-before']);
    expect(failing(poor({ formedOn: '2020' }))).toEqual(['formed-long-enough-before']);
  });

  it('housing: one non-durable structure and 8 m² a person or more', () => {
    const dwelling = {
      foundation: 'durable',
      walls: 'durable',
      roof: 'non-durable',
      floorAreaM2: 32,
    };
    expect(failing(poor({ dwelling }))).toEqual(['housing-condition']);
  });

  it('earlier support from a mass organisation: only the first support condition', () => {
    expect(
      failing(poor({ earlierHousingSupport: [{ source: 'mass-organisation', year: 2015 }] })),
    ).toEqual(['no-earlier-state-or-mass-organisation-support']);
  });

  it('support from the ethnic-minority programme: both support conditions', () => {
    expect(
      failing(poor({ earlierHousingSupport: [{ source: 'ethnic-minority-programme' }] })),
    ).toEqual([
      'no-earlier-state-or-mass-organisation-support',
      'not-supported-by-other-programme',
    ]);
  });

  it('outside the programme: before 18 Jan 2022 or after 31 Dec 2025', () => {
    expect(failing(poor(), '2022-01-17')).toEqual(['within-programme-period']);
    expect(eligibility(poor(), '2022-01-18').status).toBe('eligible');
    expect(eligibility(poor(), '2025-12-31').status).toBe('eligible');
    expect(failing(poor(), '2026-01-01')).toEqual(['within-programme-period']);
  });

  it('lists every failed condition, not only the first', () => {
    const result = eligibility(
      poor({
        income: ABOVE_LINES,
        location: { poorDistrict: false },
        formedOn: '2021',
        dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 60 },
        earlierHousingSupport: [{ source: 'other-state-programme', year: 2012 }],
      }),
    );
    expect(result.failed).toEqual([
      'household-poor-or-near-poor',
      'in-poor-district',
      'formed-long-enough-before',
      'housing-condition',
      'no-earlier-state-or-mass-organisation-support',
      'not-supported-by-other-programme',
    ]);
  });

  it('a failed condition decides even when other facts are missing', () => {
    const result = eligibility(
      poor({
        location: { poorDistrict: false },
        formedOn: undefined,
        earlierHousingSupport: undefined,
      }),
    );
    expect(result.status).toBe('not-eligible');
    expect(result.failed).toEqual(['in-poor-district']);
    expect(result.missing).toEqual([]);
  });
});

describe('each fact missing: undetermined, with the fact that would decide', () => {
  const open = (input: Record<string, unknown>) => {
    const result = eligibility(input);
    expect(result.status).toBe('undetermined');
    return result.missing;
  };

  it('the poor-district flag, or the whole location', () => {
    expect(open(poor({ location: { oftenHitByDisasters: false } }))).toEqual([
      'location.poorDistrict',
    ]);
    expect(open(poor({ location: undefined }))).toEqual(['location.poorDistrict']);
  });

  it('the formation date', () => {
    expect(open(poor({ formedOn: undefined }))).toEqual(['formedOn']);
  });

  it('earlier housing support (left out, unlike an empty list)', () => {
    expect(open(poor({ earlierHousingSupport: undefined }))).toEqual(['earlierHousingSupport']);
  });

  it('an assessment undetermined between poor and near-poor still meets the status condition', () => {
    // Either way the household is poor or near-poor: the missing fact does not matter here.
    const input = poor({
      latrine: 'septic',
      members: members({ 0: { healthInsurance: undefined } }),
    });
    const { household, assessment } = assessed(input);
    expect(assessment.possibleCategories).toEqual(['poor', 'near-poor']);
    expect(assessHousingEligibility(household, assessment).status).toBe('eligible');
  });

  it('several at once, each named once', () => {
    expect(
      open(poor({ location: undefined, formedOn: undefined, earlierHousingSupport: undefined })),
    ).toEqual(['location.poorDistrict', 'formedOn', 'earlierHousingSupport']);
  });
});

describe('formed at least 3 years before 18 Jan 2022: the cut-off is 18 Jan 2019', () => {
  const formed = (formedOn: string) =>
    statuses(eligibility(poor({ formedOn })).conditions)['formed-long-enough-before'];

  it('full dates: at and around the cut-off', () => {
    expect(formed('2019-01-17')).toBe('met');
    expect(formed('2019-01-18')).toBe('met'); // exactly 36 months
    expect(formed('2019-01-19')).toBe('not-met');
  });

  it('a year or a month decides only when it lies wholly on one side', () => {
    expect(formed('2018')).toBe('met');
    expect(formed('2018-12')).toBe('met');
    expect(formed('2019')).toBe('unknown'); // 1 Jan 2019 qualifies, 31 Dec 2019 does not
    expect(formed('2019-01')).toBe('unknown');
    expect(formed('2019-02')).toBe('not-met');
  });
});

describe('the housing condition, exactly', () => {
  const condition = (dwelling: Record<string, unknown>, memberCount = 4) =>
    statuses(eligibility(poor({ dwelling, members: members({}, memberCount) })).conditions)[
      'housing-condition'
    ];
  const durable = { foundation: 'durable', walls: 'durable', roof: 'durable' };

  it('no house', () => {
    expect(condition({ none: true })).toBe('met');
  });

  it('non-durable main structures: 1 of 3 no, 2 or 3 of 3 yes', () => {
    expect(condition({ ...durable, roof: 'non-durable', floorAreaM2: 60 })).toBe('not-met');
    expect(
      condition({ ...durable, walls: 'non-durable', roof: 'non-durable', floorAreaM2: 60 }),
    ).toBe('met');
    expect(
      condition({
        foundation: 'non-durable',
        walls: 'non-durable',
        roof: 'non-durable',
        floorAreaM2: 60,
      }),
    ).toBe('met');
  });

  it('floor area under 8 m² a person: 4 people, 31.99 / 32 / 32.01 m²', () => {
    expect(condition({ ...durable, floorAreaM2: 31.99 })).toBe('met');
    expect(condition({ ...durable, floorAreaM2: 32 })).toBe('not-met');
    expect(condition({ ...durable, floorAreaM2: 32.01 })).toBe('not-met');
    // 3 people: 24 m² is the line; 23.9 is under it.
    expect(condition({ ...durable, floorAreaM2: 23.9 }, 3)).toBe('met');
    expect(condition({ ...durable, floorAreaM2: 24 }, 3)).toBe('not-met');
  });
});

describe('rules are data', () => {
  it('a caller may change a parameter without forking', () => {
    const { household, assessment } = assessed(poor({ formedOn: '2019-06-01' }));
    expect(assessHousingEligibility(household, assessment).status).toBe('not-eligible');
    const twoYears = {
      ...PROGRAMME_2021_2025,
      housing: {
        ...PROGRAMME_2021_2025.housing,
        formedYearsBefore: { ...PROGRAMME_2021_2025.housing.formedYearsBefore, value: 2 },
      },
    };
    expect(assessHousingEligibility(household, assessment, { rules: twoYears }).status).toBe(
      'eligible',
    );
  });

  it('each condition carries its basis and grade', () => {
    const result = eligibility(poor());
    const basis = Object.fromEntries(
      result.conditions.map((c) => [c.code, `${c.basis.number} ${c.basis.grade}`]),
    );
    expect(basis['formed-long-enough-before']).toBe('90/QĐ-TTg S');
    expect(basis['within-programme-period']).toBe('24/2021/QH15 L');
    expect(result.capsBasis.number).toBe('02/2022/QĐ-TTg');
  });

  it('messages say what was compared, Vietnamese first', () => {
    const result = eligibility(poor({ formedOn: '2019-06' }));
    const formed = result.conditions.find((c) => c.code === 'formed-long-enough-before');
    expect(formed?.message.vi).toBe(
      'Không đạt: hộ độc lập, tách hộ đủ thời gian trước khi Chương trình có hiệu lực (tách hộ 2019-06; cần ít nhất 3 năm trước 2022-01-18).',
    );
  });

  it('the date is the assessment’s', () => {
    const household = parse(poor());
    const result = assessHousingEligibility(
      household,
      assessHousehold(household, { on: '2023-03-01' }),
    );
    expect(result.on).toBe('2023-03-01');
  });
});
