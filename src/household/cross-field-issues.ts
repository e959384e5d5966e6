import { type CalendarDate, isAfter, isBirthDate, isIsoDate, splitDate } from '../dates/calendar';
import type { ParseIssueCode } from './issue-codes';
import type { IssueDetails } from './issue-messages';
import { HOUSEHOLD_LIMITS } from './limits';
import { isPlainObject } from './record-checks';

type Loose = Readonly<Record<string, unknown>>;

/** Reports a problem found across fields: its code, and its path with any details. */
export type AddIssue = (code: ParseIssueCode, details: IssueDetails) => void;

const STRUCTURE_FIELDS = ['foundation', 'walls', 'roof', 'floorAreaM2'] as const;
const INCOME_FORMS = ['annualTotal', 'monthlyPerCapita', 'proxyScore'] as const;

/**
 * The checks that tie fields together: exactly one income form; a dwelling that is either none or
 * has its structures; unique member ids; a highest qualification that is among those held; and
 * no date after the reference date when one is given (births, the previous status, the 1.1
 * programme dates). They read the record defensively, so they run on a raw record (to describe a
 * rejected one, whatever else fails) and on a checked one (to accept it) alike.
 */
export function checkAcrossFields(
  record: Loose,
  on: CalendarDate | undefined,
  onText: string,
  add: AddIssue,
): void {
  if (isPlainObject(record.income)) {
    let given = 0;
    for (const form of INCOME_FORMS) if (record.income[form] !== undefined) given++;
    if (given !== 1) add('income-form-count', { path: 'income' });
  }
  if (isPlainObject(record.dwelling)) checkDwelling(record.dwelling, add);
  if (Array.isArray(record.members)) checkMembers(record.members, on, onText, add);
  checkDates(record, on, onText, add);
}

function checkDwelling(dwelling: Loose, add: AddIssue): void {
  if (dwelling.none === true) {
    if (STRUCTURE_FIELDS.some((field) => dwelling[field] !== undefined))
      add('dwelling-none-with-structures', { path: 'dwelling' });
    return;
  }
  for (const field of STRUCTURE_FIELDS) {
    if (dwelling[field] === undefined) add('required', { path: `dwelling.${field}` });
  }
}

function checkMembers(
  members: readonly unknown[],
  on: CalendarDate | undefined,
  onText: string,
  add: AddIssue,
): void {
  const count = Math.min(members.length, HOUSEHOLD_LIMITS.members);
  for (let index = 0; index < count; index++) {
    const member = members[index];
    if (!isPlainObject(member)) continue;
    const { id, birthDate, qualification, qualifications } = member;
    if (typeof id === 'string') {
      const first = firstIndexOf(members, id, index);
      if (first < index)
        add('duplicate-member-id', { path: `members[${index}].id`, other: `members[${first}].id` });
    }
    if (on !== undefined && typeof birthDate === 'string' && isBirthDate(birthDate)) {
      if (isAfter(splitDate(birthDate), on))
        add('birth-after-reference', { path: `members[${index}].birthDate`, other: onText });
    }
    if (
      typeof qualification === 'string' &&
      Array.isArray(qualifications) &&
      !qualifications.includes(qualification)
    ) {
      add('qualification-not-in-list', {
        path: `members[${index}].qualification`,
        other: `members[${index}].qualifications`,
      });
    }
  }
}

/** The first index at which a member has this id (households are small: a scan beats a Map). */
function firstIndexOf(members: readonly unknown[], id: string, upTo: number): number {
  for (let index = 0; index < upTo; index++) {
    const other = members[index];
    if (isPlainObject(other) && other.id === id) return index;
  }
  return upTo;
}

/**
 * No date may lie after the reference date, and a status cannot end before it began. Only
 * well-formed dates are compared; the field checks report the others.
 */
function checkDates(
  record: Loose,
  on: CalendarDate | undefined,
  onText: string,
  add: AddIssue,
): void {
  const after = (text: unknown): boolean =>
    on !== undefined &&
    typeof text === 'string' &&
    isBirthDate(text) &&
    isAfter(splitDate(text), on);
  if (after(record.formedOn)) add('after-reference', { path: 'formedOn', other: onText });
  const supports = record.earlierHousingSupport;
  if (on !== undefined && Array.isArray(supports)) {
    const count = Math.min(supports.length, HOUSEHOLD_LIMITS.listEntries);
    for (let index = 0; index < count; index++) {
      const support = supports[index];
      const year = isPlainObject(support) ? support.year : undefined;
      if (typeof year === 'number' && year > on.year)
        add('after-reference', { path: `earlierHousingSupport[${index}].year`, other: onText });
    }
  }
  if (!isPlainObject(record.previous)) return;
  const { since, leftOn } = record.previous;
  const validSince = typeof since === 'string' && isIsoDate(since);
  const validLeftOn = typeof leftOn === 'string' && isIsoDate(leftOn);
  if (validSince && after(since)) add('after-reference', { path: 'previous.since', other: onText });
  if (!validLeftOn) return;
  if (after(leftOn)) add('after-reference', { path: 'previous.leftOn', other: onText });
  if (validSince && leftOn <= since)
    add('left-before-since', { path: 'previous.leftOn', other: since });
}
