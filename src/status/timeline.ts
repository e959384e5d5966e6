import type { Assessment } from '../assess/types';
import { isIsoDate } from '../dates/calendar';
import { monthsFromTo, nextDay } from '../dates/days';
import { type ValidationIssue, VnPovertyError } from '../errors';
import type { Category, Household } from '../household/types';
import type { StatusChange } from './types';

/**
 * A household's recognised status over time, as spells of sets of categories (bits below), with
 * the facts that would make each uncertain part certain. Shared by targeting (newly-escaped
 * households) and benefits (what a status gives on a date).
 */

export const POOR = 1;
export const NEAR_POOR = 2;
export const MIDDLE = 4;
export const NOT_POOR = 8;
export const POOR_OR_NEAR_POOR: number = POOR | NEAR_POOR;
export const NEITHER: number = MIDDLE | NOT_POOR;
export const ANY: number = POOR_OR_NEAR_POOR | NEITHER;

const STATUS_BITS: ReadonlyMap<string, number> = new Map([
  ['poor', POOR],
  ['near-poor', NEAR_POOR],
  ['middle', MIDDLE],
  ['not-poor', NOT_POOR],
  ['neither', NEITHER],
  ['undetermined', ANY],
]);

const CATEGORY_ORDER: readonly (readonly [Exclude<Category, 'undetermined'>, number])[] = [
  ['poor', POOR],
  ['near-poor', NEAR_POOR],
  ['middle', MIDDLE],
  ['not-poor', NOT_POOR],
];

/** The categories a set of bits stands for, in the order poor, near-poor, middle, not poor. */
export function categoriesOf(bits: number): Exclude<Category, 'undetermined'>[] {
  return CATEGORY_ORDER.filter(([, bit]) => (bits & bit) !== 0).map(([category]) => category);
}

/** The set of categories an assessment allows, as bits. */
export function categoryBits(categories: readonly Category[]): number {
  let bits = 0;
  for (const category of categories) bits |= STATUS_BITS.get(category) ?? 0;
  return bits === 0 ? ANY : bits;
}

/** A stretch of time with one status, from a change whose day may be known only within a range. */
export interface Spell {
  /** The earliest day the change into this spell may have happened. */
  readonly earliest: string;
  /** The latest such day: from it on, the household is certainly in this spell. */
  readonly on: string;
  /** The categories the status may be. */
  readonly set: number;
  /** The facts that would date the change exactly. */
  readonly dating: readonly string[];
  /** The facts that would decide the status, when `set` holds more than one category. */
  readonly deciding: readonly string[];
}

/** A status history, in order of time. */
export interface Timeline {
  readonly spells: readonly Spell[];
  /** The facts that would tell the status before the first spell. */
  readonly before: readonly string[];
}

/** The categories a household may be in on a day, and the facts that would decide. */
export interface StatusOnDay {
  readonly set: number;
  readonly missing: readonly string[];
}

/** Three-valued, with the facts that would decide an unknown answer. */
export interface NewlyEscapedOnDay {
  readonly status: 'yes' | 'no' | 'unknown';
  /** The escape day, or the earliest it may have been. */
  readonly escapedFrom?: string;
  /** The latest the escape may have been (the same day when known exactly). */
  readonly escapedBy?: string;
  readonly missing: readonly string[];
}

/** The index of the last spell that may have begun on or before `day`, or -1. */
function spellIndex(timeline: Timeline, day: string): number {
  const { spells } = timeline;
  for (let i = spells.length - 1; i >= 0; i--) {
    if ((spells[i] as Spell).earliest <= day) return i;
  }
  return -1;
}

/** The status on `day`: one spell's, or either of two while the day of the change is uncertain. */
export function statusOnDay(timeline: Timeline, day: string): StatusOnDay {
  const i = spellIndex(timeline, day);
  if (i < 0) return { set: ANY, missing: timeline.before };
  const spell = timeline.spells[i] as Spell;
  if (day >= spell.on) return { set: spell.set, missing: spell.deciding };
  const earlier = timeline.spells[i - 1];
  return earlier === undefined
    ? { set: ANY, missing: [...spell.dating, ...timeline.before] }
    : {
        set: earlier.set | spell.set,
        missing: [...spell.dating, ...earlier.deciding, ...spell.deciding],
      };
}

const unknown = (missing: readonly string[]): NewlyEscapedOnDay => ({ status: 'unknown', missing });
const NO: NewlyEscapedOnDay = Object.freeze({ status: 'no', missing: Object.freeze([]) });

/**
 * Whether the household is, on `day`, within `months` of leaving the poor or near-poor list
 * (newly escaped: hộ mới thoát nghèo), by the library's age rule for counting months.
 */
export function newlyEscapedOnDay(
  timeline: Timeline,
  day: string,
  months: number,
): NewlyEscapedOnDay {
  const i = spellIndex(timeline, day);
  if (i < 0) return unknown(timeline.before);
  const spell = timeline.spells[i] as Spell;
  if (day >= spell.on) return inSpell(timeline, i, day, months);
  const inEarlier = i > 0 ? inSpell(timeline, i - 1, day, months) : unknown(timeline.before);
  const inThis = inSpell(timeline, i, day, months);
  if (inEarlier.status === inThis.status && inThis.status !== 'unknown') return inThis;
  return unknown([...spell.dating, ...inEarlier.missing, ...inThis.missing]);
}

/** The answer when `day` lies in spell `k`. */
function inSpell(timeline: Timeline, k: number, day: string, months: number): NewlyEscapedOnDay {
  const { spells } = timeline;
  const spell = spells[k] as Spell;
  if ((spell.set & NEITHER) === 0) return NO;
  if ((spell.set & POOR_OR_NEAR_POOR) !== 0) return unknown(spell.deciding);
  // Back to the first spell of the run out of poverty that `day` is in.
  let first = k;
  while (first > 0 && ((spells[first - 1] as Spell).set & POOR_OR_NEAR_POOR) === 0) first--;
  const start = spells[first] as Spell;
  const before = spells[first - 1];
  if (before === undefined) {
    // Nothing is known before the run: an escape, if there was one, was on or before its start.
    return monthsFromTo(start.on, day) >= months ? NO : unknown(timeline.before);
  }
  if ((before.set & NEITHER) !== 0) {
    // The spell before may have been poor (escape at the start of the run) or not (earlier, or
    // never): either way no later than the start of the run.
    return monthsFromTo(start.on, day) >= months
      ? NO
      : unknown([...before.deciding, ...start.dating]);
  }
  return withinWindow(start, day, months);
}

/** The escape happened on a day between `start.earliest` and `start.on`. */
function withinWindow(start: Spell, day: string, months: number): NewlyEscapedOnDay {
  const range = { escapedFrom: start.earliest, escapedBy: start.on };
  if (start.on <= day && monthsFromTo(start.earliest, day) < months) {
    return { status: 'yes', ...range, missing: [] };
  }
  if (monthsFromTo(start.on, day) >= months) return { status: 'no', ...range, missing: [] };
  return { status: 'unknown', ...range, missing: start.dating };
}

/** The most entries a status history may have: more is a mistake, not a history. */
export const MAX_HISTORY = 1000;

function historyError(issues: readonly ValidationIssue[]): VnPovertyError {
  return new VnPovertyError(
    'invalid-status-history',
    {
      vi: 'Lịch sử tình trạng hộ không hợp lệ: xem từng lỗi.',
      en: 'The status history is not valid: see each issue.',
    },
    issues,
  );
}

const issue = (path: string, code: string, vi: string, en: string): ValidationIssue => ({
  path,
  code,
  message: { vi, en },
});

/** Checks a caller's history and turns it into a timeline. */
export function timelineFromHistory(history: unknown): Timeline {
  if (!Array.isArray(history) || history.length > MAX_HISTORY) {
    throw historyError([
      issue(
        'history',
        'invalid-history',
        `Lịch sử phải là một danh sách tối đa ${MAX_HISTORY} mục.`,
        `The history must be a list of at most ${MAX_HISTORY} entries.`,
      ),
    ]);
  }
  const issues: ValidationIssue[] = [];
  const entries: { index: number; change: StatusChange }[] = [];
  history.forEach((change: unknown, index) => {
    const problems = entryIssues(change, `history[${index}]`);
    issues.push(...problems);
    if (problems.length === 0) entries.push({ index, change: change as StatusChange });
  });
  entries.sort((a, b) => (a.change.on < b.change.on ? -1 : a.change.on > b.change.on ? 1 : 0));
  for (let k = 1; k < entries.length; k++) {
    const earlier = entries[k - 1] as (typeof entries)[number];
    const later = entries[k] as (typeof entries)[number];
    if ((later.change.earliest ?? later.change.on) <= earlier.change.on) {
      issues.push(
        issue(
          `history[${later.index}].on`,
          'overlapping-changes',
          `Thay đổi này không sau thay đổi history[${earlier.index}] (${earlier.change.on}).`,
          `This change is not after the change history[${earlier.index}] (${earlier.change.on}).`,
        ),
      );
    }
  }
  if (issues.length > 0) throw historyError(issues);
  return {
    before: ['history'],
    spells: entries.map(({ index, change }) => ({
      earliest: change.earliest ?? change.on,
      on: change.on,
      set: STATUS_BITS.get(change.status) ?? ANY,
      dating: change.earliest === undefined ? [] : [`history[${index}].on`],
      deciding:
        change.status === 'neither' || change.status === 'undetermined'
          ? [`history[${index}].status`]
          : [],
    })),
  };
}

function entryIssues(change: unknown, path: string): ValidationIssue[] {
  if (change === null || typeof change !== 'object') {
    return [
      issue(
        path,
        'invalid-type',
        'Mỗi mục phải là một đối tượng.',
        'Each entry must be an object.',
      ),
    ];
  }
  const { status, on, earliest } = change as Record<string, unknown>;
  const problems: ValidationIssue[] = [];
  if (typeof status !== 'string' || !STATUS_BITS.has(status)) {
    problems.push(
      issue(
        `${path}.status`,
        'invalid-value',
        `Tình trạng phải là một trong: ${[...STATUS_BITS.keys()].join(', ')}.`,
        `The status must be one of: ${[...STATUS_BITS.keys()].join(', ')}.`,
      ),
    );
  }
  const dateOk = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);
  if (!dateOk(on)) {
    problems.push(
      issue(
        `${path}.on`,
        'invalid-date',
        'Ngày phải viết YYYY-MM-DD.',
        'The date must be YYYY-MM-DD.',
      ),
    );
  }
  if (earliest !== undefined && (!dateOk(earliest) || (dateOk(on) && earliest > on))) {
    problems.push(
      issue(
        `${path}.earliest`,
        'invalid-date',
        'Ngày sớm nhất phải viết YYYY-MM-DD và không sau ngày on.',
        'The earliest day must be YYYY-MM-DD and not after on.',
      ),
    );
  }
  return problems;
}

/**
 * The timeline that a record and its assessment tell: the earlier recognised status (`previous`,
 * from `since`, or from 1 January of its policy year when `since` is missing), then the assessed
 * status, from `previous.leftOn` (or, when that is missing, from some day after the earlier status
 * began and no later than the assessment).
 *
 * @throws {@link VnPovertyError} `invalid-status-history` when the assessment is dated before the
 * earlier status ended or on or before it began
 */
export function timelineFromRecord(household: Household, assessment: Assessment): Timeline {
  const assessed: Spell = {
    earliest: assessment.on,
    on: assessment.on,
    set: categoryBits(assessment.possibleCategories),
    dating: [],
    deciding: assessment.decidingFacts.map((fact) => fact.path),
  };
  const previous = household.previous;
  if (previous === undefined) return { before: ['previous'], spells: [assessed] };
  const start = previous.since ?? `${previous.policyYear}-01-01`;
  const earlier: Spell = {
    earliest: start,
    on: start,
    set: STATUS_BITS.get(previous.category) ?? ANY,
    dating: [],
    deciding: [],
  };
  const before = previous.since === undefined ? ['previous.since'] : ['previous'];
  const leftOn = previous.leftOn;
  if (assessment.on <= start || (leftOn !== undefined && leftOn > assessment.on)) {
    throw historyError([
      issue(
        leftOn !== undefined && leftOn > assessment.on ? 'previous.leftOn' : 'previous',
        'assessment-before-previous-status',
        `Đánh giá ngày ${assessment.on} không sau tình trạng trước đây của hộ (từ ${start}${leftOn ? ` đến ${leftOn}` : ''}): hãy đánh giá hộ vào ngày sau đó.`,
        `The assessment of ${assessment.on} is not after the household's previous status (from ${start}${leftOn ? ` to ${leftOn}` : ''}): assess the household on a later day.`,
      ),
    ]);
  }
  const changed: Spell =
    leftOn === undefined
      ? { ...assessed, earliest: nextDay(start), dating: ['previous.leftOn'] }
      : { ...assessed, earliest: leftOn, on: leftOn };
  return { before, spells: [earlier, changed] };
}
