import { readBirthDate } from '../dates/calendar';
import { findEthnicGroup } from './find-ethnic-group';
import { formatPath } from './format-path';
import type { ParseIssueCode } from './issue-codes';
import type { IssueDetails } from './issue-messages';
import { HOUSEHOLD_LIMITS } from './limits';
import { suggestEthnicGroups } from './suggest-ethnic-groups';

/*
 * The checks that the household contract is made of (see `contract.ts`). One interpreter serves two
 * modes. Accepting (no `report`): it stops at the first problem, builds nothing but the checked
 * copy, and formats no path: the fast path that valid records take. Describing (a `report`): it
 * goes on after each problem and reports every one with its path and details: what a rejected
 * record gets. Both modes run the very same checks, so they cannot disagree.
 */

/** Returned by a check for a value that does not pass. */
export const INVALID: unique symbol = Symbol('invalid');

/** Where a value is: a chain of keys, formatted into a path only when an issue is reported. */
export interface Place {
  readonly parent: Place | undefined;
  readonly key: string | number;
}

/** Where problems go in describing mode. */
export interface Report {
  /** Records a problem at a place. */
  issue(code: ParseIssueCode, place: Place | undefined, details?: Omit<IssueDetails, 'path'>): void;
  /** How many more unknown ethnic-group names may be given suggestions (the work is bounded). */
  suggestionsLeft: number;
}

/** A check: the checked (and copied) value, or `INVALID`. */
export type Check = (
  value: unknown,
  place: Place | undefined,
  report: Report | undefined,
) => unknown;

/** The path of a place: `members[2].birthDate`. */
export function pathOf(place: Place | undefined): string {
  const keys: (string | number)[] = [];
  for (let at = place; at !== undefined; at = at.parent) keys.push(at.key);
  return formatPath(keys.reverse());
}

const at = (parent: Place | undefined, key: string | number, report: Report | undefined) =>
  report === undefined ? undefined : { parent, key };

function fail(
  report: Report | undefined,
  code: ParseIssueCode,
  place: Place | undefined,
  details?: Omit<IssueDetails, 'path'>,
): typeof INVALID {
  report?.issue(code, place, details);
  return INVALID;
}

/** Whether a value is a plain object: a literal or JSON object, not a Date, a Map or an array. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const typeOf = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/** A string of `min` to `max` characters. */
export function text(min: number, max: number): Check {
  return (value, place, report) => {
    if (typeof value !== 'string')
      return fail(report, 'invalid-type', place, { expected: 'string' });
    if (value.length < min) return fail(report, 'empty-text', place);
    if (value.length > max) return fail(report, 'too-long', place, { limit: max });
    return value;
  };
}

/**
 * One of the listed values, returned as the library's own string rather than the caller's: the
 * rules compare it with the standards' strings, which the engine does by identity when both are
 * the same literal and character by character otherwise (a string read from JSON is a new one).
 */
export function oneOf(values: readonly string[]): Check {
  const accepted = new Map(values.map((value) => [value, value]));
  return (value, place, report) => {
    const known = typeof value === 'string' ? accepted.get(value) : undefined;
    return known !== undefined ? known : fail(report, 'invalid-value', place, { allowed: values });
  };
}

/** `true` or `false`. */
export const boolean: Check = (value, place, report) =>
  typeof value === 'boolean' ? value : fail(report, 'invalid-type', place, { expected: 'boolean' });

/** Exactly `true`. */
export const isTrue: Check = (value, place, report) =>
  value === true ? true : fail(report, 'invalid-value', place, { allowed: ['true'] });

/**
 * Whole đồng from 0 to the limit. `-0` comes back as `0`, so that it survives a JSON round trip.
 * A number too large to be exact is "too large", not "not a whole number".
 */
export const vnd: Check = (value, place, report) => {
  if (typeof value !== 'number' || Number.isNaN(value))
    return fail(report, 'invalid-type', place, { expected: 'number' });
  if (value < 0) return fail(report, 'negative-amount', place);
  if (value > HOUSEHOLD_LIMITS.vnd)
    return fail(report, 'too-large', place, { limit: HOUSEHOLD_LIMITS.vnd });
  if (!Number.isInteger(value)) return fail(report, 'not-integer-vnd', place);
  return value + 0;
};

/** A finite number from `min` to `max`; `-0` comes back as `0`. */
export function numberIn(min: number, max: number): Check {
  return (value, place, report) => {
    if (typeof value !== 'number' || Number.isNaN(value))
      return fail(report, 'invalid-type', place, { expected: 'number' });
    if (value < min) return fail(report, 'too-small', place, { limit: min });
    if (value > max) return fail(report, 'too-large', place, { limit: max });
    return value + 0;
  };
}

/** A whole number from `min` to `max`. */
export function integerIn(min: number, max: number): Check {
  return (value, place, report) => {
    if (typeof value !== 'number' || !Number.isInteger(value))
      return fail(report, 'invalid-type', place, { expected: 'int' });
    if (value < min) return fail(report, 'too-small', place, { limit: min });
    if (value > max) return fail(report, 'too-large', place, { limit: max });
    return value + 0;
  };
}

/**
 * A calendar date as registers hold it: `YYYY-MM-DD`, or also `YYYY-MM` and `YYYY` when `partial`.
 * `code` names the problem of a malformed one; a year before the earliest is `date-too-early`.
 */
export function date(partial: boolean, code: ParseIssueCode): Check {
  return (value, place, report) => {
    if (typeof value !== 'string')
      return fail(report, 'invalid-type', place, { expected: 'string' });
    const packed = partial || value.length === 10 ? readBirthDate(value) : -1;
    if (packed < 0) return fail(report, code, place);
    if (packed < HOUSEHOLD_LIMITS.earliestBirthYear * 10000)
      return fail(report, 'date-too-early', place, { limit: HOUSEHOLD_LIMITS.earliestBirthYear });
    return value;
  };
}

/**
 * One of the 54 ethnic groups, by any accepted spelling, returned in its canonical spelling. An
 * unknown name gets the closest names as suggestions, within a bounded amount of work.
 */
export const ethnicity: Check = (value, place, report) => {
  if (typeof value !== 'string') return fail(report, 'invalid-type', place, { expected: 'string' });
  if (value.length > HOUSEHOLD_LIMITS.ethnicity)
    return fail(report, 'too-long', place, { limit: HOUSEHOLD_LIMITS.ethnicity });
  const group = findEthnicGroup(value);
  if (group !== undefined) return group.name;
  if (report === undefined) return INVALID;
  const suggest = report.suggestionsLeft > 0 && value.trim() !== '';
  if (suggest) report.suggestionsLeft--;
  return fail(
    report,
    'unknown-ethnicity',
    place,
    suggest ? { suggestions: suggestEthnicGroups(value) } : {},
  );
};

/** A list of `min` to `max` items, each checked; only the first `max` are looked at. */
export function list(
  item: Check,
  min: number,
  max: number,
  emptyCode: ParseIssueCode = 'empty-list',
): Check {
  return (value, place, report) => {
    if (!Array.isArray(value)) return fail(report, 'invalid-type', place, { expected: 'array' });
    if (value.length < min) return fail(report, emptyCode, place);
    let ok = true;
    if (value.length > max) {
      if (report === undefined) return INVALID;
      report.issue('too-many', place, { limit: max });
      ok = false;
    }
    const count = Math.min(value.length, max);
    const out: unknown[] = new Array(count);
    for (let index = 0; index < count; index++) {
      const checked = item(value[index], at(place, index, report), report);
      if (checked === INVALID) {
        if (report === undefined) return INVALID;
        ok = false;
      } else out[index] = checked;
    }
    return ok ? Object.freeze(out) : INVALID;
  };
}

/** A field of an object: its name, whether it must be given, and its check. */
export interface Field {
  readonly name: string;
  readonly required: boolean;
  readonly check: Check;
}

/** A required field. */
export const required = (name: string, check: Check): Field => ({ name, required: true, check });
/** An optional field: absent (or `undefined`) means the fact is unknown. */
export const optional = (name: string, check: Check): Field => ({ name, required: false, check });

/**
 * A plain object with exactly these fields (an unknown key is a problem), returned as a frozen
 * copy with its fields in the contract's order.
 */
export function object(fields: readonly Field[]): Check {
  const known = new Set(fields.map((field) => field.name));
  return (value, place, report) => {
    if (!isPlainObject(value))
      return fail(report, 'invalid-type', place, { expected: 'object', other: typeOf(value) });
    let ok = true;
    for (const key in value) {
      if (known.has(key)) continue;
      if (report === undefined) return INVALID;
      report.issue('unknown-key', { parent: place, key }, { key });
      ok = false;
    }
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const given = value[field.name];
      if (given === undefined) {
        if (!field.required) continue;
        if (report === undefined) return INVALID;
        report.issue('required', { parent: place, key: field.name });
        ok = false;
        continue;
      }
      const checked = field.check(given, at(place, field.name, report), report);
      if (checked === INVALID) {
        if (report === undefined) return INVALID;
        ok = false;
      } else out[field.name] = checked;
    }
    return ok ? Object.freeze(out) : INVALID;
  };
}

const INDICATOR_ID = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * Values declared on survey form B2: indicator id → `true`/`false`. Ids are names (letters and
 * digits), so `__proto__` is refused like any other malformed id, never dropped.
 */
export const declared: Check = (value, place, report) => {
  if (!isPlainObject(value)) return fail(report, 'invalid-type', place, { expected: 'object' });
  let ok = true;
  let count = 0;
  const out: Record<string, boolean> = {};
  for (const key in value) {
    if (++count > HOUSEHOLD_LIMITS.declared)
      return fail(report, 'too-many', place, { limit: HOUSEHOLD_LIMITS.declared });
    const given = value[key];
    if (key.length > HOUSEHOLD_LIMITS.indicatorId || !INDICATOR_ID.test(key)) {
      if (report === undefined) return INVALID;
      report.issue('invalid-declared-key', { parent: place, key }, { key });
      ok = false;
    } else if (typeof given !== 'boolean') {
      if (report === undefined) return INVALID;
      report.issue('invalid-type', { parent: place, key }, { expected: 'boolean' });
      ok = false;
    } else out[key] = given;
  }
  return ok ? Object.freeze(out) : INVALID;
};
