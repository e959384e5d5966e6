import fc from 'fast-check';

/*
 * Valid household records as callers write them, drawn over the whole contract (version 1.1), and
 * mutations that are known to break it. The accepted values are written out here from the
 * contract's documentation (docs/household-contract.md, the `HouseholdInput` docs), not imported from the
 * parser, so that "valid" and "invalid" are decided independently of the code under test.
 */

/** The reference date every fuzzed record is checked against: its dates are all on or before it. */
export const ON = '2024-06-01';

export type Record_ = Record<string, unknown>;

export const CONTRACT = {
  area: ['rural', 'urban'],
  structure: ['durable', 'non-durable'],
  water: [
    'piped',
    'drilled-well',
    'protected-dug-well',
    'unprotected-dug-well',
    'protected-spring',
    'unprotected-spring',
    'rainwater',
    'bottled',
    'surface-water',
    'other',
  ],
  latrine: [
    'septic',
    'semi-septic',
    'pour-flush',
    'double-vault',
    'ventilated-pit',
    'biogas',
    'simple-pit',
    'hanging',
    'none',
    'other',
  ],
  devices: ['television', 'radio', 'computer', 'smartphone', 'basic-phone'],
  wasteTreatment: ['collected', 'composted', 'buried', 'burned', 'dumped', 'other'],
  sex: ['male', 'female'],
  relation: ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'],
  work: [
    'wage-with-contract',
    'wage-without-contract',
    'self-employed',
    'unpaid-family-work',
    'unemployed',
    'not-in-labour-force',
  ],
  disability: ['none', 'mild', 'severe', 'especially-severe'],
  nutrition: ['normal', 'stunted', 'underweight', 'stunted-and-underweight'],
  level: ['preschool', 'primary', 'lower-secondary', 'upper-secondary', 'vocational', 'higher'],
  qualification: [
    'none',
    'primary',
    'lower-secondary',
    'upper-secondary',
    'vocational-elementary',
    'vocational-intermediate',
    'college',
    'university',
  ],
  maternity: ['none', 'pregnant', 'breastfeeding'],
  category: ['poor', 'near-poor', 'middle', 'not-poor'],
  source: [
    'ethnic-minority-programme',
    'poverty-reduction-programme',
    'other-state-programme',
    'mass-organisation',
    'other',
  ],
} as const;

/** Names of ethnic groups as registers write them: canonical, other spellings, no diacritics. */
const ETHNICITY_SPELLINGS = [
  'Kinh',
  'kinh',
  'KINH',
  'Việt',
  'Tày',
  'tay',
  'Thái',
  'Hoa',
  'Hán',
  'Khơ-me',
  'Khmer',
  'khmer',
  'Khơ me',
  'Mường',
  'Mông',
  "H'Mông",
  'hmong',
  'Mèo',
  'Gia Rai',
  'Jrai',
  'Ê-đê',
  'Ê Đê',
  'ede',
  'Rhade',
  'Bru-Vân Kiều',
  'Giẻ-Triêng',
  'Tà Ôi',
  'Pà Thẻn',
];

/** Field names of each object of the contract, to know which keys are unknown. */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  root: [
    'id',
    'area',
    'location',
    'income',
    'members',
    'dwelling',
    'water',
    'latrine',
    'devices',
    'hearsLoudspeaker',
    'wasteTreatment',
    'declared',
    'previous',
    'formedOn',
    'earlierHousingSupport',
    'agriculturalHousehold',
  ],
  location: [
    'provinceCode',
    'communeCode',
    'village',
    'poorDistrict',
    'poorCommune',
    'extremelyDifficultCommune',
    'extremelyDifficultCoastalBorderIslandCommune',
    'oftenHitByDisasters',
  ],
  income: ['annualTotal', 'monthlyPerCapita', 'proxyScore'],
  member: [
    'id',
    'sex',
    'birthDate',
    'ethnicity',
    'relation',
    'work',
    'disability',
    'monthlySocialAllowance',
    'healthInsurance',
    'nutrition',
    'schooling',
    'qualification',
    'qualifications',
    'employerCertifiedTraining',
    'usesInternet',
    'usesPhone',
    'meritorious',
    'sickWithoutCare',
    'maternity',
  ],
  schooling: ['attending', 'level'],
  dwelling: ['none', 'foundation', 'walls', 'roof', 'floorAreaM2'],
  previous: ['category', 'policyYear', 'since', 'leftOn'],
  support: ['source', 'year'],
};

const LIMIT_VND = 100_000_000_000_000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Text of `min` to `max` UTF-16 units: short ASCII mostly, and names in Vietnamese, emoji (two
 * units each) and control characters. (fast-check's unicode strings cost ten times more to draw.)
 */
const text = (min: number, max: number) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.string({ minLength: Math.max(min, 0), maxLength: Math.min(max, 12) }),
    },
    fc.constantFrom('Nguyễn Thị Ánh', 'Bản Phìn Hồ', '😀 hộ 1', '\u0000\t\n', 'x'.repeat(max)),
  );

/** A real date, as a register holds it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` when partial), before ON. */
const dateBefore = (partial: boolean, fromYear = 1880) =>
  fc
    .tuple(
      fc.integer({ min: fromYear, max: 2023 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      partial ? fc.constantFrom(4, 7, 10) : fc.constant(10),
    )
    .map(([year, month, day, form]) => `${year}-${pad(month)}-${pad(day)}`.slice(0, form));

/**
 * A record of which only the `required` keys are always present; the others are drawn in or out
 * by a bit mask, and some records have a null prototype (plain objects both). Cheaper to draw
 * than fast-check's optional keys, with the same reach.
 */
function optionalKeys<T extends Record_>(
  model: { [K in keyof T]: fc.Arbitrary<T[K]> },
  required: (keyof T)[],
): fc.Arbitrary<Partial<T>> {
  const names = Object.keys(model).filter((name) => !required.includes(name));
  return fc
    .tuple(fc.record(model), fc.nat({ max: 2 ** names.length - 1 }), fc.nat({ max: 9 }))
    .map(([full, mask, prototype]) => {
      const out: Record_ = prototype === 0 ? Object.create(null) : {};
      for (const [name, value] of Object.entries(full))
        if (!names.includes(name) || mask & (1 << names.indexOf(name))) out[name] = value;
      return out as Partial<T>;
    });
}

export const member = optionalKeys(
  {
    id: text(0, 40),
    sex: fc.constantFrom(...CONTRACT.sex),
    birthDate: dateBefore(true),
    ethnicity: fc.constantFrom(...ETHNICITY_SPELLINGS),
    relation: fc.constantFrom(...CONTRACT.relation),
    work: fc.constantFrom(...CONTRACT.work),
    disability: fc.constantFrom(...CONTRACT.disability),
    monthlySocialAllowance: fc.boolean(),
    healthInsurance: fc.boolean(),
    nutrition: fc.constantFrom(...CONTRACT.nutrition),
    schooling: optionalKeys(
      { attending: fc.boolean(), level: fc.constantFrom(...CONTRACT.level) },
      ['attending'],
    ),
    qualifications: fc.subarray([...CONTRACT.qualification]),
    qualification: fc.constantFrom(...CONTRACT.qualification),
    employerCertifiedTraining: fc.boolean(),
    usesInternet: fc.boolean(),
    usesPhone: fc.boolean(),
    meritorious: fc.boolean(),
    sickWithoutCare: fc.boolean(),
    maternity: fc.constantFrom(...CONTRACT.maternity),
  },
  ['id', 'sex', 'birthDate', 'ethnicity'],
).map((drawn) => {
  const { qualifications, qualification, ...rest } = drawn as Record_;
  // The highest qualification, when both are given, must be one of those held.
  const held = qualifications as string[] | undefined;
  const highest =
    held === undefined || qualification === undefined ? qualification : (held[0] ?? undefined);
  return {
    ...rest,
    ...(held === undefined ? {} : { qualifications: held }),
    ...(highest === undefined ? {} : { qualification: highest }),
  };
});

const income = fc.oneof(
  fc.record({ annualTotal: fc.integer({ min: 0, max: LIMIT_VND }) }),
  fc.record({ annualTotal: fc.integer({ min: 0, max: 400_000_000 }) }),
  fc.record({ monthlyPerCapita: fc.integer({ min: 0, max: 10_000_000 }) }),
  fc.record({ monthlyPerCapita: fc.integer({ min: 0, max: LIMIT_VND }) }),
  fc.record({ proxyScore: fc.double({ min: 0, max: 100_000, noNaN: true }) }),
);

const dwelling = fc.oneof(
  fc.constant({ none: true }),
  fc.record({
    foundation: fc.constantFrom(...CONTRACT.structure),
    walls: fc.constantFrom(...CONTRACT.structure),
    roof: fc.constantFrom(...CONTRACT.structure),
    floorAreaM2: fc.oneof(
      fc.integer({ min: 0, max: 200 }),
      fc.double({ min: 0, max: 100_000, noNaN: true }),
    ),
  }),
);

const INDICATOR_ID = fc.oneof(
  fc.constantFrom('water', 'sanitation', 'employment', 'telecom', 'housingArea', 'digitalServices'),
  // Valid as declared ids (a provincial standard may use any name), and never found by lookup.
  fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'),
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => `x${s.replace(/[^A-Za-z0-9]/g, '')}`),
);

const previous = fc
  .record({
    category: fc.constantFrom(...CONTRACT.category),
    policyYear: fc.integer({ min: 2000, max: 2100 }),
    since: fc.option(dateBefore(false, 2000), { nil: undefined }),
    leftOn: fc.option(fc.constantFrom('2024-01-01', '2024-06-01'), { nil: undefined }),
  })
  .map(({ since, leftOn, ...rest }) => ({
    ...rest,
    ...(since === undefined ? {} : { since }),
    ...(leftOn === undefined ? {} : { leftOn }),
  }));

/** A valid household record, all of whose dates are on or before {@link ON}. */
export const validRecord: fc.Arbitrary<Record_> = optionalKeys(
  {
    id: text(1, 100),
    area: fc.constantFrom(...CONTRACT.area),
    location: optionalKeys(
      {
        provinceCode: text(1, 20),
        communeCode: text(1, 20),
        village: text(1, 200),
        poorDistrict: fc.boolean(),
        poorCommune: fc.boolean(),
        extremelyDifficultCommune: fc.boolean(),
        extremelyDifficultCoastalBorderIslandCommune: fc.boolean(),
        oftenHitByDisasters: fc.boolean(),
      },
      [],
    ),
    income,
    members: fc.array(member, { minLength: 1, maxLength: 8 }),
    dwelling,
    water: fc.constantFrom(...CONTRACT.water),
    latrine: fc.constantFrom(...CONTRACT.latrine),
    devices: fc.subarray([...CONTRACT.devices]),
    hearsLoudspeaker: fc.boolean(),
    wasteTreatment: fc.constantFrom(...CONTRACT.wasteTreatment),
    declared: fc
      .array(fc.tuple(INDICATOR_ID, fc.boolean()), { maxLength: 8 })
      .map((entries) => Object.fromEntries(entries)),
    previous,
    formedOn: dateBefore(true),
    earlierHousingSupport: fc.array(
      optionalKeys(
        {
          source: fc.constantFrom(...CONTRACT.source),
          year: fc.integer({ min: 1945, max: 2024 }),
        },
        ['source'],
      ),
      { maxLength: 20 },
    ),
    agriculturalHousehold: fc.boolean(),
  },
  ['area', 'income', 'members', 'dwelling', 'water', 'latrine', 'devices'],
).map((record) => ({
  ...record,
  // Member ids are unique: a drawn name with its position.
  members: (record.members as Record_[]).map((drawn, index) => ({
    ...drawn,
    id: `${drawn.id as string}#${index}`,
  })),
}));

/** Sets an own property, even `__proto__`, as `JSON.parse` would. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** A deep copy of a JSON-like record (own `__proto__` keys and null prototypes kept). */
export function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) setOwn(out, key, copy((value as Record_)[key]));
  return out as T;
}
