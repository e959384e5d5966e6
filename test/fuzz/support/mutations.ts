import fc from 'fast-check';
import { CONTRACT, FIELDS, type Record_, setOwn } from './households';
import type { PathKey } from './paths';

/*
 * Mutations that break a valid record in a way the contract forbids, each with the issue it must
 * cause: where (the path, as keys) and what (the codes that describe it). The expectation comes
 * from the contract, not from the parser.
 */

/** A record made invalid, and the issue it must have. */
export interface Mutant {
  readonly mutation: string;
  /** Invalid only against the reference date (which the assessor does not check it against). */
  readonly againstReferenceDate?: true;
  readonly record: Record_;
  readonly path: readonly PathKey[];
  readonly codes: readonly string[];
}

/** Breaks a record in place (the caller passes a copy) and says what must be reported. */
type Apply = (record: Record_) => Omit<Mutant, 'record'>;

/** An object of the record, where it is, and which contract object it is. */
interface Place {
  readonly path: readonly PathKey[];
  readonly kind: keyof typeof FIELDS;
  readonly value: Record_;
}

const isObject = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The member list, made a list again if an earlier mutation broke it. */
function members(record: Record_): Record_[] {
  if (!Array.isArray(record.members)) record.members = [{}];
  return record.members as Record_[];
}

/**
 * The member at `at` (modulo the count), made an object again if an earlier mutation broke it:
 * `{}` lacks every required field, so the record stays invalid whatever this mutation does.
 */
function memberAt(record: Record_, at: number): { member: Record_; index: number } {
  const list = members(record);
  if (list.length === 0) list.push({});
  const index = at % list.length;
  if (!isObject(list[index])) list[index] = {};
  return { member: list[index] as Record_, index };
}

/** Every object of a record that the contract describes field by field. */
function places(record: Record_): Place[] {
  const found: Place[] = [{ path: [], kind: 'root', value: record }];
  const add = (path: PathKey[], kind: keyof typeof FIELDS) => {
    let value: unknown = record;
    for (const key of path) value = (value as Record<PathKey, unknown>)[key];
    if (isObject(value)) found.push({ path, kind, value });
  };
  for (const name of ['location', 'income', 'dwelling', 'previous'] as const) add([name], name);
  members(record).forEach((member, index) => {
    add(['members', index], 'member');
    if (isObject(member)) add(['members', index, 'schooling'], 'schooling');
  });
  const supports = record.earlierHousingSupport;
  if (Array.isArray(supports))
    supports.forEach((_, index) => {
      add(['earlierHousingSupport', index], 'support');
    });
  return found;
}

/** Every value present in the record, leaves and containers, with its path. */
function fields(record: Record_): { path: PathKey[]; parent: object; key: PathKey }[] {
  const found: { path: PathKey[]; parent: object; key: PathKey }[] = [];
  const walk = (value: unknown, path: PathKey[]) => {
    if (value === null || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      const step = Array.isArray(value) ? Number(key) : key;
      found.push({ path: [...path, step], parent: value, key: step });
      walk((value as Record_)[key], [...path, step]);
    }
  };
  walk(record, []);
  return found;
}

const pick = <T>(list: readonly T[], at: number): T => list[at % list.length] as T;
const atPath = (record: Record_, path: readonly PathKey[]) =>
  path.reduce<unknown>((value, key) => (value as Record<PathKey, unknown>)[key], record);

/** The fields of each enum of the contract, found by the name of the last key. */
const ENUM_FIELDS: Readonly<Record<string, readonly string[]>> = {
  area: CONTRACT.area,
  foundation: CONTRACT.structure,
  walls: CONTRACT.structure,
  roof: CONTRACT.structure,
  water: CONTRACT.water,
  latrine: CONTRACT.latrine,
  wasteTreatment: CONTRACT.wasteTreatment,
  sex: CONTRACT.sex,
  relation: CONTRACT.relation,
  work: CONTRACT.work,
  disability: CONTRACT.disability,
  nutrition: CONTRACT.nutrition,
  level: CONTRACT.level,
  qualification: CONTRACT.qualification,
  maternity: CONTRACT.maternity,
  category: CONTRACT.category,
  source: CONTRACT.source,
};

/** Values that careless callers write for enums: other spellings, other cases, other words. */
const NOT_IN_ANY_ENUM = fc.oneof(
  fc.constantFrom('tap', 'suburban', 'Piped', 'RURAL', 'tv', '', ' ', 'none ', 'unknown', 'N/A'),
  fc.string().map((s) => `x-${s}`),
);

/** Keys no contract object has, including the ones that probe prototypes and paths. */
export const UNKNOWN_KEY = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    'a.b',
    'members[0]',
    '["x"]',
    '',
    ' ',
    '0',
    '"',
    '\\',
    'Area',
    'ünïcödé',
  ),
  fc.string().map((s) => `extra${s}`),
);

/** The income form given (an income broken by an earlier mutation becomes an annual total). */
const money = (record: Record_): { income: Record_; form: string; measured: boolean } => {
  if (!isObject(record.income) || Object.keys(record.income).length === 0)
    record.income = { annualTotal: 0 };
  const income = record.income as Record_;
  const form = Object.keys(income)[0] as string;
  return { income, form, measured: form !== 'proxyScore' };
};

/** A member's birth date set to one of `dates`, each of which the contract refuses with `code`. */
const birthDate = (mutation: string, code: string, dates: readonly string[]) =>
  fc.tuple(fc.nat(), fc.constantFrom(...dates)).map(
    ([at, date]): Apply =>
      (record) => {
        const { member, index } = memberAt(record, at);
        member.birthDate = date;
        return { mutation, path: ['members', index, 'birthDate'], codes: [code] };
      },
  );

const MUTATIONS: Record<string, fc.Arbitrary<Apply>> = {
  'negative amount': fc.integer({ min: 1, max: 2 ** 40 }).map((amount) => (record) => {
    const { income, form, measured } = money(record);
    income[form] = -amount;
    return {
      mutation: 'negative amount',
      path: ['income', form],
      codes: [measured ? 'negative-amount' : 'too-small'],
    };
  }),
  'fractional amount': fc
    .tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(0.5, 0.25, 0.001))
    .map(([whole, part]) => (record) => {
      const { income, form, measured } = money(record);
      if (!measured) record.income = { annualTotal: whole + part };
      else income[form] = whole + part;
      return {
        mutation: 'fractional amount',
        path: ['income', measured ? form : 'annualTotal'],
        codes: ['not-integer-vnd'],
      };
    }),
  'amount too large': fc
    .oneof(
      fc.integer({ min: 100_000_000_000_001, max: Number.MAX_SAFE_INTEGER }),
      fc.constantFrom(1e20, 1e308, Number.MAX_VALUE, Number.POSITIVE_INFINITY),
    )
    .map((amount) => (record) => {
      record.income = { monthlyPerCapita: amount };
      return {
        mutation: 'amount too large',
        path: ['income', 'monthlyPerCapita'],
        codes: ['too-large'],
      };
    }),
  'amount not a number': fc
    .constantFrom<unknown>('100', Number.NaN, true, [], {}, 10n, '1e3')
    .map((amount) => (record) => {
      record.income = { annualTotal: amount };
      return {
        mutation: 'amount not a number',
        path: ['income', 'annualTotal'],
        codes: ['invalid-type'],
      };
    }),
  'unknown enum value': fc.tuple(fc.nat(), NOT_IN_ANY_ENUM).map(([at, value]) => (record) => {
    const enums = fields(record).filter(
      ({ key, parent }) =>
        (typeof key === 'string' &&
          Object.hasOwn(ENUM_FIELDS, key) &&
          parent !== record.declared) ||
        parent === record.devices,
    );
    // Earlier mutations may have removed every enum: `area` is one again.
    if (enums.length === 0) enums.push({ path: ['area'], parent: record, key: 'area' });
    const target = pick(enums, at);
    (target.parent as Record<PathKey, unknown>)[target.key] = value;
    return { mutation: 'unknown enum value', path: target.path, codes: ['invalid-value'] };
  }),
  'missing required field': fc.nat().map((at) => (record) => {
    const required = places(record).flatMap(({ path, kind, value }) => {
      const names: Record<string, readonly string[]> = {
        root: ['area', 'income', 'members', 'dwelling', 'water', 'latrine', 'devices'],
        member: ['id', 'sex', 'birthDate', 'ethnicity'],
        schooling: ['attending'],
        previous: ['category', 'policyYear'],
        support: ['source'],
        dwelling: value.none === true ? [] : ['foundation', 'walls', 'roof', 'floorAreaM2'],
      };
      return (names[kind] ?? []).map((name) => [...path, name]);
    });
    const path = pick(required, at);
    delete (atPath(record, path.slice(0, -1)) as Record_)[path.at(-1) as string];
    return { mutation: 'missing required field', path, codes: ['required'] };
  }),
  'missing income form': fc.constant((record: Record_) => {
    record.income = {};
    return { mutation: 'missing income form', path: ['income'], codes: ['income-form-count'] };
  }),
  'second income form': fc.integer({ min: 0, max: 1_000_000 }).map((amount) => (record) => {
    // Two forms more, so that the income has at least two whatever it held.
    record.income = { ...money(record).income, annualTotal: amount, proxyScore: amount };
    return { mutation: 'second income form', path: ['income'], codes: ['income-form-count'] };
  }),
  'unknown key': fc
    .tuple(fc.nat(), UNKNOWN_KEY, fc.jsonValue())
    .map(([at, key, value]) => (record) => {
      const objects = places(record).filter((place) => !FIELDS[place.kind]?.includes(key));
      const target = pick(objects, at);
      setOwn(target.value, key, value);
      return { mutation: 'unknown key', path: [...target.path, key], codes: ['unknown-key'] };
    }),
  'duplicate member id': fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (record) => {
    const list = members(record);
    if (list.length < 2) list.push({ ...memberAt(record, 0).member });
    const later = memberAt(record, 1 + (a % (list.length - 1))).index;
    const earlier = memberAt(record, b % later);
    memberAt(record, later).member.id = earlier.member.id ?? 'x';
    return {
      mutation: 'duplicate member id',
      path: ['members', later, 'id'],
      codes: ['duplicate-member-id'],
    };
  }),
  'impossible date': birthDate('impossible date', 'invalid-birth-date', [
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-13-01',
    '2023-00',
    '23-01-01',
    '2023/01/01',
    '2023-1-1',
    ' 2023',
    '2023-01-01T00:00',
    '२०२३',
    '',
  ]),
  'date before 1880': birthDate('date before 1880', 'date-too-early', [
    '0000',
    '1879',
    '1000-01-01',
    '0001-12',
  ]),
  'date after the reference date': birthDate(
    'date after the reference date',
    'birth-after-reference',
    ['2024-06-02', '2024-07', '2025', '9999-12-31'],
  ),
  'previous status since after the reference date': fc.constant((record: Record_) => {
    record.previous = { category: 'poor', policyYear: 2023, since: '2024-06-02' };
    return {
      mutation: 'previous status since after the reference date',
      againstReferenceDate: true,
      path: ['previous', 'since'],
      codes: ['after-reference'],
    };
  }),
  'no members': fc.constant((record: Record_) => {
    record.members = [];
    return { mutation: 'no members', path: ['members'], codes: ['empty-members'] };
  }),
  'too many members': fc.integer({ min: 101, max: 300 }).map((count) => (record) => {
    const first = memberAt(record, 0).member;
    record.members = Array.from({ length: count }, (_, index) => ({ ...first, id: `m${index}` }));
    return { mutation: 'too many members', path: ['members'], codes: ['too-many'] };
  }),
  'declared value not a boolean': fc
    .tuple(fc.constantFrom('water', 'constructor', 'x1'), fc.constantFrom<unknown>('yes', 1, null))
    .map(([id, value]) => (record) => {
      if (!isObject(record.declared)) record.declared = {};
      setOwn(record.declared as object, id, value);
      return {
        mutation: 'declared value not a boolean',
        path: ['declared', id],
        codes: ['invalid-type'],
      };
    }),
  'declared key not an indicator id': fc
    .constantFrom('__proto__', 'a.b', '1x', 'has space', '', 'x'.repeat(65), 'members[0]', 'é')
    .map((key) => (record) => {
      record.declared = {};
      setOwn(record.declared as object, key, true);
      return {
        mutation: 'declared key not an indicator id',
        path: ['declared', key],
        codes: ['invalid-declared-key'],
      };
    }),
  'unknown ethnic group': fc
    .tuple(fc.nat(), fc.string({ maxLength: 30 }))
    .map(([at, name]) => (record) => {
      const { member, index } = memberAt(record, at);
      // No group's name begins with "zq", with or without diacritics.
      member.ethnicity = `Zq${name}`;
      return {
        mutation: 'unknown ethnic group',
        path: ['members', index, 'ethnicity'],
        codes: ['unknown-ethnicity', 'too-long'],
      };
    }),
  'object of the wrong kind': fc
    .tuple(
      fc.nat(),
      fc.constantFrom<() => unknown>(
        () => new Date(0),
        () => new Map([['area', 'rural']]),
        () => [],
        () => 'object',
        () => 42,
        () => Object.create({ area: 'rural' }),
        () => new (class Location {})(),
        () => Object.create(Array.prototype),
      ),
    )
    .map(([at, make]) => (record) => {
      money(record); // so that there is at least one object besides the root
      const target = pick(places(record).slice(1), at);
      const parent = atPath(record, target.path.slice(0, -1)) as Record<PathKey, unknown>;
      parent[target.path.at(-1) as PathKey] = make();
      return { mutation: 'object of the wrong kind', path: target.path, codes: ['invalid-type'] };
    }),
  'null anywhere': fc.nat().map((at) => (record) => {
    const target = pick(fields(record), at);
    (target.parent as Record<PathKey, unknown>)[target.key] = null;
    return {
      mutation: 'null anywhere',
      path: target.path,
      codes: ['invalid-type', 'invalid-value'],
    };
  }),
  'text too long': fc
    .tuple(fc.nat(), fc.integer({ min: 1, max: 5_000 }))
    .map(([at, extra]) => (record) => {
      const { index } = memberAt(record, at);
      const targets: [PathKey[], number][] = [
        [['id'], 100],
        [['members', index, 'id'], 64],
        [['members', index, 'ethnicity'], 64],
        [['location', 'village'], 200],
        [['location', 'provinceCode'], 20],
      ];
      const [path, limit] = pick(targets, at);
      if (path[0] === 'location' && !isObject(record.location)) record.location = {};
      (atPath(record, path.slice(0, -1)) as Record_)[path.at(-1) as string] = 'K'.repeat(
        limit + extra,
      );
      return { mutation: 'text too long', path, codes: ['too-long'] };
    }),
  'empty member id': fc.nat().map((at) => (record) => {
    const { member, index } = memberAt(record, at);
    member.id = '';
    return { mutation: 'empty member id', path: ['members', index, 'id'], codes: ['empty-text'] };
  }),
  'floor area out of range': fc
    .constantFrom(-1, -0.5, -1e-9, 100_000.5, 1e12, Number.NaN, Number.NEGATIVE_INFINITY)
    .map((area) => (record) => {
      record.dwelling = {
        foundation: 'durable',
        walls: 'durable',
        roof: 'durable',
        floorAreaM2: area,
      };
      return {
        mutation: 'floor area out of range',
        path: ['dwelling', 'floorAreaM2'],
        codes: ['too-small', 'too-large', 'invalid-type'],
      };
    }),
  'no dwelling, yet structures': fc
    .constantFrom('foundation', 'walls', 'roof', 'floorAreaM2')
    .map((field) => (record) => {
      record.dwelling = { none: true, [field]: field === 'floorAreaM2' ? 10 : 'durable' };
      return {
        mutation: 'no dwelling, yet structures',
        path: ['dwelling'],
        codes: ['dwelling-none-with-structures'],
      };
    }),
  'highest qualification not held': fc.nat().map((at) => (record) => {
    const { member: target, index } = memberAt(record, at);
    target.qualifications = ['primary'];
    target.qualification = 'university';
    return {
      mutation: 'highest qualification not held',
      path: ['members', index, 'qualification'],
      codes: ['qualification-not-in-list'],
    };
  }),
  'status left before it began': fc.constant((record: Record_) => {
    record.previous = {
      category: 'poor',
      policyYear: 2023,
      since: '2023-05-01',
      leftOn: '2023-05-01',
    };
    return {
      mutation: 'status left before it began',
      path: ['previous', 'leftOn'],
      codes: ['left-before-since'],
    };
  }),
  'policy year out of range': fc
    .constantFrom(1999, 2101, 2023.5, -100_000)
    .map((year) => (record) => {
      record.previous = { category: 'poor', policyYear: year };
      return {
        mutation: 'policy year out of range',
        path: ['previous', 'policyYear'],
        codes: ['too-small', 'too-large', 'invalid-type'],
      };
    }),
  'too many devices': fc.integer({ min: 21, max: 100 }).map((count) => (record) => {
    record.devices = Array.from({ length: count }, () => 'radio');
    return { mutation: 'too many devices', path: ['devices'], codes: ['too-many'] };
  }),
  'member list with a hole': fc.nat().map((at) => (record) => {
    const list = members(record);
    const index = at % (list.length + 1);
    const holey = [...list];
    holey.length = Math.max(holey.length, index + 1);
    delete holey[index];
    record.members = holey;
    return {
      mutation: 'member list with a hole',
      path: ['members', index],
      codes: ['invalid-type'],
    };
  }),
};

/** The names of the mutations, for reporting which ones a run exercised. */
export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** One mutation, any of them. */
export const mutation: fc.Arbitrary<Apply> = fc.oneof(...Object.values(MUTATIONS));
