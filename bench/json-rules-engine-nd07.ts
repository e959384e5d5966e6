import { Engine } from 'json-rules-engine';
import type { Household, Member } from '../src/index';

/**
 * The nd07-2021 rules (2022–2026) written for json-rules-engine 7.3.1 the way its documentation
 * recommends: the household is a runtime fact; each indicator is a dynamic fact computed from it
 * (three-valued: deprived, not, unknown), the counts are dynamic facts that depend on them through
 * the almanac, and the categories are JSON rules with `all` conditions and operators whose event
 * is the category. A reference to compare speed with, written fairly: the same logic as the bare
 * classifier, checked against the library's answers before it is timed.
 */

type Status = 'deprived' | 'not' | 'unknown';
type Facts = {
  readonly household: Household;
  readonly year: number;
  readonly month: number;
  readonly day: number;
};

const SAFE_WATER = [
  'piped',
  'drilled-well',
  'protected-dug-well',
  'protected-spring',
  'rainwater',
  'bottled',
];
const HYGIENIC = [
  'septic',
  'semi-septic',
  'pour-flush',
  'double-vault',
  'ventilated-pit',
  'biogas',
];
const DEVICES = ['television', 'radio', 'computer', 'smartphone'];
const LEVEL_RANK: Record<string, number> = {
  preschool: 0,
  primary: 1,
  'lower-secondary': 2,
  'upper-secondary': 3,
  vocational: 3,
  higher: 4,
};

function monthsOld(member: Member, f: Facts): number {
  const b = member.birthDate;
  const year = Number(b.slice(0, 4));
  const month = b.length >= 7 ? Number(b.slice(5, 7)) : 1;
  const day = b.length === 10 ? Number(b.slice(8, 10)) : 1;
  return (f.year - year) * 12 + f.month - month - (f.day < day ? 1 : 0);
}

function retirementMonths(member: Member): number {
  const male = member.sex === 'male';
  const b = member.birthDate;
  const born = Number(b.slice(0, 4)) * 12 + (b.length >= 7 ? Number(b.slice(5, 7)) : 1) - 1;
  for (let year = Number(b.slice(0, 4)) + (male ? 59 : 54); ; year++) {
    const months = Math.min(
      male ? 744 : 720,
      (male ? 720 : 660) + Math.max(0, year - 2020) * (male ? 3 : 4),
    );
    if (Math.floor((born + months) / 12) <= year) return months;
  }
}

/** "Some member in scope is deprived": deprived wins, then unknown. */
function anyMember(f: Facts, test: (member: Member, months: number) => Status | undefined): Status {
  let unknown = false;
  for (const member of f.household.members) {
    const status = test(member, monthsOld(member, f));
    if (status === 'deprived') return 'deprived';
    if (status === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'not';
}

const INDICATORS: Record<string, (f: Facts) => Status> = {
  employment: (f) =>
    anyMember(f, (m, months) => {
      if (months < 180 || months >= retirementMonths(m)) return undefined;
      if (m.work === undefined) return 'unknown';
      return m.work === 'unemployed' || m.work === 'wage-without-contract' ? 'deprived' : 'not';
    }),
  dependants: (f) => {
    let dependants = 0;
    let open = 0;
    for (const m of f.household.members) {
      const age = Math.floor(monthsOld(m, f) / 12);
      if (age < 16) dependants++;
      else if (m.monthlySocialAllowance === true) {
        if (age >= 60 || (m.disability !== undefined && m.disability !== 'none')) dependants++;
        else if (m.disability === undefined) open++;
      } else if (m.monthlySocialAllowance === undefined && (age >= 60 || m.disability !== 'none'))
        open++;
    }
    const n = f.household.members.length;
    if (dependants * 2 > n) return 'deprived';
    return (dependants + open) * 2 > n ? 'unknown' : 'not';
  },
  nutrition: (f) =>
    anyMember(f, (m, months) => {
      if (months >= 192) return undefined;
      if (m.nutrition === undefined) return 'unknown';
      return m.nutrition === 'normal' ? 'not' : 'deprived';
    }),
  healthInsurance: (f) =>
    anyMember(f, (m, months) => {
      if (months < 72) return undefined;
      if (m.healthInsurance === undefined) return 'unknown';
      return m.healthInsurance ? 'not' : 'deprived';
    }),
  adultEducation: (f) =>
    anyMember(f, (m, months) => {
      const age = Math.floor(months / 12);
      if (age < 16 || age > 30 || m.schooling?.attending === true) return undefined;
      const held =
        m.qualifications ?? (m.qualification === undefined ? undefined : [m.qualification]);
      const ok = (q: string) =>
        age <= 17
          ? [
              'lower-secondary',
              'upper-secondary',
              'vocational-intermediate',
              'college',
              'university',
            ].includes(q)
          : [
              'upper-secondary',
              'vocational-elementary',
              'vocational-intermediate',
              'college',
              'university',
            ].includes(q);
      if (m.employerCertifiedTraining === true || held?.some(ok)) return 'not';
      if (
        held === undefined ||
        m.schooling === undefined ||
        m.employerCertifiedTraining === undefined
      )
        return 'unknown';
      return 'deprived';
    }),
  childSchooling: (f) =>
    anyMember(f, (m, months) => {
      if (months < 36 || months >= 192) return undefined;
      const s = m.schooling;
      if (s === undefined) return 'unknown';
      if (!s.attending) return 'deprived';
      const schoolAge = (f.month >= 9 ? f.year : f.year - 1) - Number(m.birthDate.slice(0, 4));
      const expected = schoolAge >= 15 ? 3 : schoolAge >= 11 ? 2 : schoolAge >= 6 ? 1 : 0;
      if (s.level === undefined) return 'unknown';
      return (LEVEL_RANK[s.level] as number) < expected ? 'deprived' : 'not';
    }),
  housingQuality: (f) => {
    const d = f.household.dwelling;
    if (d.none === true) return 'deprived';
    const nonDurable = [d.foundation, d.walls, d.roof].filter((s) => s === 'non-durable').length;
    return nonDurable >= 2 ? 'deprived' : 'not';
  },
  housingArea: (f) => {
    const d = f.household.dwelling;
    if (d.none === true) return 'deprived';
    return d.floorAreaM2 < 8 * f.household.members.length ? 'deprived' : 'not';
  },
  water: (f) => (SAFE_WATER.includes(f.household.water) ? 'not' : 'deprived'),
  sanitation: (f) => (HYGIENIC.includes(f.household.latrine) ? 'not' : 'deprived'),
  telecom: (f) => {
    const members = f.household.members;
    if (members.some((m) => m.usesInternet === true)) return 'not';
    return members.some((m) => m.usesInternet === undefined) ? 'unknown' : 'deprived';
  },
  informationAccess: (f) =>
    f.household.devices.some((device) => DEVICES.includes(device)) ? 'not' : 'deprived',
};

const LINES = { rural: [18_000_000, 27_000_000], urban: [24_000_000, 36_000_000] } as const;

/** An engine with the nd07 facts and category rules; `run(household, date)` gives the category. */
export function nd07Engine(): {
  run(household: Household, year: number, month: number, day: number): Promise<string>;
} {
  const engine = new Engine([], { allowUndefinedFacts: false });
  const facts = (almanac: { factValue<T>(id: string): Promise<T> }) =>
    Promise.all([
      almanac.factValue<Household>('household'),
      almanac.factValue<number>('year'),
      almanac.factValue<number>('month'),
      almanac.factValue<number>('day'),
    ]).then(([household, year, month, day]) => ({ household, year, month, day }));
  for (const [id, status] of Object.entries(INDICATORS))
    engine.addFact(id, (_params, almanac) => facts(almanac).then(status));
  const statuses = (almanac: { factValue<T>(id: string): Promise<T> }) =>
    Promise.all(Object.keys(INDICATORS).map((id) => almanac.factValue<Status>(id)));
  engine.addFact('deprivedCount', (_params, almanac) =>
    statuses(almanac).then((all) => all.filter((s) => s === 'deprived').length),
  );
  engine.addFact('possibleDeprivedCount', (_params, almanac) =>
    statuses(almanac).then((all) => all.filter((s) => s !== 'not').length),
  );
  engine.addFact('incomeBand', (_params, almanac) =>
    facts(almanac).then(({ household }) => {
      const [poverty, middle] = LINES[household.area];
      const n = household.members.length;
      const annual = household.income.annualTotal as number;
      return annual <= poverty * n ? 'at-or-below' : annual <= middle * n ? 'middle' : 'above';
    }),
  );
  const poorIncome = { fact: 'incomeBand', operator: 'equal', value: 'at-or-below' };
  engine.addRule({
    conditions: {
      all: [poorIncome, { fact: 'deprivedCount', operator: 'greaterThanInclusive', value: 3 }],
    },
    event: { type: 'poor' },
  });
  engine.addRule({
    conditions: {
      all: [poorIncome, { fact: 'possibleDeprivedCount', operator: 'lessThan', value: 3 }],
    },
    event: { type: 'near-poor' },
  });
  engine.addRule({
    conditions: {
      all: [
        poorIncome,
        { fact: 'deprivedCount', operator: 'lessThan', value: 3 },
        { fact: 'possibleDeprivedCount', operator: 'greaterThanInclusive', value: 3 },
      ],
    },
    event: { type: 'undetermined' },
  });
  engine.addRule({
    conditions: { all: [{ fact: 'incomeBand', operator: 'equal', value: 'middle' }] },
    event: { type: 'middle' },
  });
  engine.addRule({
    conditions: { all: [{ fact: 'incomeBand', operator: 'equal', value: 'above' }] },
    event: { type: 'not-poor' },
  });
  return {
    run: async (household, year, month, day) => {
      const { events } = await engine.run({ household, year, month, day });
      return events[0]?.type ?? 'none';
    },
  };
}
