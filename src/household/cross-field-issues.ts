import { type CalendarDate, isAfter, isBirthDate, isIsoDate, splitDate } from '../dates/calendar';
import type { ValidationIssue } from '../errors';
import { type IssueDetails, issueMessage } from './issue-messages';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const STRUCTURE_FIELDS = ['foundation', 'walls', 'roof', 'floorAreaM2'] as const;
const INCOME_FORMS = ['annualTotal', 'monthlyPerCapita', 'proxyScore'] as const;

/** The checks that tie fields together, made on the raw input so that they run whatever else fails. */
export function crossFieldIssues(
  input: unknown,
  on: CalendarDate | undefined,
  onText: string | undefined,
  householdId: string | undefined,
): ValidationIssue[] {
  if (!isObject(input)) return [];
  const issues: ValidationIssue[] = [];
  const add = (code: string, details: IssueDetails): void => {
    const base = { path: details.path, code, message: issueMessage(code, details) };
    issues.push(householdId === undefined ? base : { ...base, householdId });
  };
  if (isObject(input.income)) {
    const given = INCOME_FORMS.filter((form) => (input.income as Loose)[form] !== undefined);
    if (given.length !== 1) add('income-form-count', { path: 'income' });
  }
  if (isObject(input.dwelling)) checkDwelling(input.dwelling, add);
  if (Array.isArray(input.members)) checkMembers(input.members, on, onText, add);
  checkProgrammeDates(input, on, onText, add);
  return issues;
}

type Add = (code: string, details: IssueDetails) => void;

/**
 * The dates added in version 1.1: none may lie after the reference date, and a status cannot end
 * before it began. Only well-formed dates are compared; the schema reports the others.
 */
function checkProgrammeDates(
  input: Loose,
  on: CalendarDate | undefined,
  onText: string | undefined,
  add: Add,
): void {
  const after = (text: unknown): boolean =>
    on !== undefined &&
    typeof text === 'string' &&
    isBirthDate(text) &&
    isAfter(splitDate(text), on);
  if (after(input.formedOn)) add('after-reference', { path: 'formedOn', other: onText ?? '' });
  const supports = input.earlierHousingSupport;
  if (on !== undefined && Array.isArray(supports)) {
    supports.forEach((support, index) => {
      const year = isObject(support) ? support.year : undefined;
      if (typeof year === 'number' && year > on.year) {
        add('after-reference', {
          path: `earlierHousingSupport[${index}].year`,
          other: onText ?? '',
        });
      }
    });
  }
  if (!isObject(input.previous)) return;
  const { since, leftOn } = input.previous;
  if (typeof leftOn !== 'string' || !isIsoDate(leftOn)) return;
  if (after(leftOn)) add('after-reference', { path: 'previous.leftOn', other: onText ?? '' });
  if (typeof since === 'string' && isIsoDate(since) && leftOn <= since) {
    add('left-before-since', { path: 'previous.leftOn', other: since });
  }
}

function checkDwelling(dwelling: Loose, add: Add): void {
  const present = STRUCTURE_FIELDS.filter((field) => dwelling[field] !== undefined);
  if (dwelling.none === true) {
    if (present.length > 0) add('dwelling-none-with-structures', { path: 'dwelling' });
    return;
  }
  for (const field of STRUCTURE_FIELDS) {
    if (dwelling[field] === undefined) add('required', { path: `dwelling.${field}` });
  }
}

function checkMembers(
  members: readonly unknown[],
  on: CalendarDate | undefined,
  onText: string | undefined,
  add: Add,
): void {
  const firstIndexOfId = new Map<string, number>();
  members.forEach((member, index) => {
    if (!isObject(member)) return;
    const { id, birthDate } = member;
    if (typeof id === 'string') {
      const first = firstIndexOfId.get(id);
      if (first === undefined) firstIndexOfId.set(id, index);
      else
        add('duplicate-member-id', { path: `members[${index}].id`, other: `members[${first}].id` });
    }
    if (on && typeof birthDate === 'string' && isBirthDate(birthDate)) {
      if (isAfter(splitDate(birthDate), on)) {
        add('birth-after-reference', { path: `members[${index}].birthDate`, other: onText ?? '' });
      }
    }
  });
}
