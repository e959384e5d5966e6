// The playground's form as data: which facts it asks, how a filled form becomes a household
// record of the JSON contract, how a record fills the form again, and how a case travels in a
// link. No DOM here, so that the round trip is tested in Node.

import {
  DEVICES,
  DISABILITIES,
  LATRINES,
  NUTRITION,
  QUALIFICATIONS,
  RELATIONS,
  SCHOOL_LEVELS,
  WASTE_TREATMENTS,
  WATER_SOURCES,
  WORK,
} from '../src/household/values';
import type { Message } from '../src/index';

/** How a fact is asked: a text, a number, a date, a choice, yes/no/unknown, or the devices. */
export type FieldKind = 'text' | 'number' | 'select' | 'tri' | 'devices';

/** One fact of the form, by its path in the household (or in a member). */
export interface FieldSpec {
  /** The path in the record: `water`, `dwelling.floorAreaM2`, `schooling.level`. */
  readonly path: string;
  readonly kind: FieldKind;
  /** The values of a choice. */
  readonly options?: readonly string[];
  /** A choice that must be made (no "unknown" in the list). */
  readonly required?: boolean;
  /** A hint shown in the box (`YYYY-MM-DD`). */
  readonly placeholder?: string;
}

const STRUCTURE = ['durable', 'non-durable'] as const;

/** The household's own facts, in the order of the form. */
export const HOUSEHOLD_FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text' },
  { path: 'area', kind: 'select', options: ['rural', 'urban'], required: true },
  { path: 'location.communeCode', kind: 'text' },
  { path: 'dwelling.foundation', kind: 'select', options: STRUCTURE },
  { path: 'dwelling.walls', kind: 'select', options: STRUCTURE },
  { path: 'dwelling.roof', kind: 'select', options: STRUCTURE },
  { path: 'dwelling.floorAreaM2', kind: 'number' },
  { path: 'water', kind: 'select', options: WATER_SOURCES },
  { path: 'latrine', kind: 'select', options: LATRINES },
  { path: 'devices', kind: 'devices', options: DEVICES },
  { path: 'wasteTreatment', kind: 'select', options: WASTE_TREATMENTS },
  { path: 'hearsLoudspeaker', kind: 'tri' },
];

/** Each member's facts. */
export const MEMBER_FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text' },
  { path: 'sex', kind: 'select', options: ['female', 'male'] },
  { path: 'birthDate', kind: 'text', placeholder: 'YYYY-MM-DD' },
  { path: 'ethnicity', kind: 'text' },
  { path: 'relation', kind: 'select', options: RELATIONS },
  { path: 'work', kind: 'select', options: WORK },
  { path: 'disability', kind: 'select', options: DISABILITIES },
  { path: 'monthlySocialAllowance', kind: 'tri' },
  { path: 'healthInsurance', kind: 'tri' },
  { path: 'nutrition', kind: 'select', options: NUTRITION },
  { path: 'schooling.attending', kind: 'tri' },
  { path: 'schooling.level', kind: 'select', options: SCHOOL_LEVELS },
  { path: 'qualification', kind: 'select', options: QUALIFICATIONS },
  { path: 'usesInternet', kind: 'tri' },
  { path: 'usesPhone', kind: 'tri' },
  { path: 'meritorious', kind: 'tri' },
  { path: 'sickWithoutCare', kind: 'tri' },
];

/** The forms income may be given in. */
export const INCOME_FORMS = ['annualTotal', 'monthlyPerCapita', 'proxyScore'] as const;
export type IncomeForm = (typeof INCOME_FORMS)[number];

/** What the form holds: every answer as the text of its control (`''` is unknown). */
export interface FormState {
  readonly on: string;
  readonly standard: string;
  readonly incomeForm: IncomeForm;
  readonly incomeAmount: string;
  readonly noDwelling: boolean;
  readonly household: Readonly<Record<string, string | readonly string[]>>;
  readonly members: readonly Readonly<Record<string, string>>[];
}

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (typeof next === 'object' && next !== null) node = next as Json;
    else {
      const created: Json = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys[keys.length - 1] as string] = value;
}

function getPath(source: unknown, path: string): unknown {
  let node = source;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/** A control's text as the record's value; `undefined` leaves the fact out (unknown). */
function recordValue(spec: FieldSpec, text: string | readonly string[] | undefined): unknown {
  if (spec.kind === 'devices') return Array.isArray(text) ? [...text] : [];
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  if (spec.kind === 'tri') return text === 'true';
  // A number that does not read as one goes through as text: the parser then says what is wrong.
  if (spec.kind === 'number') return Number.isFinite(Number(text)) ? Number(text) : text;
  return text.trim();
}

function fill(target: Json, fields: readonly FieldSpec[], answers: FormState['household']): void {
  for (const spec of fields) {
    const value = recordValue(
      spec,
      Object.hasOwn(answers, spec.path) ? answers[spec.path] : undefined,
    );
    if (value !== undefined) setPath(target, spec.path, value);
  }
}

/** The household record (contract 1.1) the form describes: the input of `parseHousehold`. */
export function recordOf(state: FormState): Json {
  const record: Json = {};
  fill(record, HOUSEHOLD_FIELDS, state.household);
  if (state.noDwelling) record.dwelling = { none: true };
  const amount = recordValue({ path: 'income', kind: 'number' }, state.incomeAmount);
  record.income = amount === undefined ? {} : { [state.incomeForm]: amount };
  record.members = state.members.map((answers) => {
    const member: Json = {};
    fill(member, MEMBER_FIELDS, answers);
    return member;
  });
  return record;
}

const MAX_MEMBERS = 30;

/** A record's value as the text of a control (a record from a link may hold anything). */
function textOf(spec: FieldSpec, value: unknown): string | string[] {
  if (spec.kind === 'devices') {
    return Array.isArray(value)
      ? value.filter((item): item is string => spec.options?.includes(item) === true)
      : [];
  }
  if (spec.kind === 'tri') return value === true ? 'true' : value === false ? 'false' : '';
  if (spec.kind === 'select') {
    return typeof value === 'string' && spec.options?.includes(value) === true ? value : '';
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' ? value.slice(0, 200) : '';
}

function answersOf(
  source: unknown,
  fields: readonly FieldSpec[],
): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const spec of fields) answers[spec.path] = textOf(spec, getPath(source, spec.path));
  return answers;
}

/**
 * The form's answers for a record: the inverse of {@link recordOf} for every fact the form asks.
 * Anything else in the record is left out; at most 30 members are read.
 */
export function stateOf(record: unknown, on: string, standard: string): FormState {
  const income = getPath(record, 'income');
  const incomeForm =
    INCOME_FORMS.find((form) => getPath(income, form) !== undefined) ?? 'annualTotal';
  const members = getPath(record, 'members');
  return {
    on,
    standard,
    incomeForm,
    incomeAmount: textOf(
      { path: incomeForm, kind: 'number' },
      getPath(income, incomeForm),
    ) as string,
    noDwelling: getPath(record, 'dwelling.none') === true,
    household: answersOf(record, HOUSEHOLD_FIELDS),
    members: (Array.isArray(members) ? members.slice(0, MAX_MEMBERS) : []).map(
      (member) => answersOf(member, MEMBER_FIELDS) as Record<string, string>,
    ),
  };
}

/** What a shared link carries: the household record, the date, the standard, the language. */
export interface SharedCase {
  readonly on: string;
  readonly standard: string;
  readonly language: 'vi' | 'en';
  readonly household: unknown;
}

const LINK_PREFIX = '#case=';
const MAX_LINK_LENGTH = 60_000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The URL fragment that carries a case: `#case=` and the case as base64url JSON (UTF-8). */
export function encodeCase(shared: SharedCase): string {
  return `${LINK_PREFIX}${toBase64Url(JSON.stringify({ v: 1, ...shared }))}`;
}

/** The case a fragment carries, or `undefined` when it carries none or cannot be read. */
export function decodeCase(fragment: string): SharedCase | undefined {
  if (!fragment.startsWith(LINK_PREFIX) || fragment.length > MAX_LINK_LENGTH) return undefined;
  try {
    const data: unknown = JSON.parse(fromBase64Url(fragment.slice(LINK_PREFIX.length)));
    const on = getPath(data, 'on');
    const standard = getPath(data, 'standard');
    const language = getPath(data, 'language');
    if (getPath(data, 'v') !== 1 || typeof on !== 'string' || typeof standard !== 'string')
      return undefined;
    return {
      on: on.slice(0, 10),
      standard: standard.slice(0, 40),
      language: language === 'en' ? 'en' : 'vi',
      household: getPath(data, 'household'),
    };
  } catch {
    return undefined;
  }
}

const names = (entries: Record<string, Message>): ReadonlyMap<string, Message> =>
  new Map(Object.entries(entries));

/**
 * Names of the values that the library's tables do not name, by field: a relation `child` is
 * "con", where the dependants' `child` is "trẻ em".
 */
export const FIELD_VALUE_NAMES: ReadonlyMap<string, ReadonlyMap<string, Message>> = new Map([
  [
    'relation',
    names({
      head: { vi: 'chủ hộ', en: 'head' },
      spouse: { vi: 'vợ, chồng', en: 'spouse' },
      child: { vi: 'con', en: 'child' },
      parent: { vi: 'cha, mẹ', en: 'parent' },
      grandchild: { vi: 'cháu', en: 'grandchild' },
      sibling: { vi: 'anh, chị, em', en: 'sibling' },
      other: { vi: 'khác', en: 'other' },
    }),
  ],
  [
    'disability',
    names({
      none: { vi: 'không khuyết tật', en: 'none' },
      mild: { vi: 'nhẹ', en: 'mild' },
      severe: { vi: 'nặng', en: 'severe' },
      'especially-severe': { vi: 'đặc biệt nặng', en: 'especially severe' },
    }),
  ],
]);
