import { type AssessOptions, type Assessor, createAssessor } from '../assess/create-assessor';
import { type ValidationIssue, VnPovertyError } from '../errors';
import { parseHousehold } from '../household/parse-household';
import { isSyncSource } from './iterate';
import type { AssessedHousehold, RejectedRecord } from './types';

/** A record that was parsed and assessed, with its position in the input. */
export interface AssessedRecord extends AssessedHousehold {
  /** Always `true`. */
  readonly success: true;
  /** The record's position in the input, from 0. */
  readonly index: number;
}

/** What `assessMany` yields for each record, in input order: its assessment or its problems. */
export type AssessManyItem = AssessedRecord | RejectedRecord;

/**
 * The totals of a run of `assessMany`, the generator's return value: `records` is always
 * `assessed + rejected`.
 */
export interface AssessManyTotals {
  /** Records read. */
  readonly records: number;
  /** Records assessed. */
  readonly assessed: number;
  /** Records rejected, each yielded with its problems. */
  readonly rejected: number;
}

function readId(record: unknown): string | undefined {
  try {
    const id =
      record !== null && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

function rejected(
  index: number,
  householdId: string | undefined,
  issues: readonly ValidationIssue[],
): RejectedRecord {
  return householdId === undefined
    ? { success: false, index, issues }
    : { success: false, index, householdId, issues };
}

/**
 * One record, parsed and assessed. A record that cannot even be read (a getter that throws, a
 * hostile proxy) is rejected like any other bad record, with the issue code `unreadable-record`,
 * so that one record never stops a province's run; an error of the library itself still
 * propagates.
 */
function assessRecord(
  record: unknown,
  index: number,
  on: string,
  assess: Assessor,
): AssessManyItem {
  const householdId = readId(record);
  let parsed: ReturnType<typeof parseHousehold>;
  try {
    parsed = parseHousehold(record, { on });
  } catch (error) {
    const detail =
      error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    return rejected(index, householdId, [
      {
        path: '',
        code: 'unreadable-record',
        message: {
          vi: `Không đọc được bản ghi: ${detail}`,
          en: `The record cannot be read: ${detail}`,
        },
        ...(householdId === undefined ? {} : { householdId }),
      },
    ]);
  }
  if (!parsed.success) return rejected(index, householdId, parsed.issues);
  try {
    return { success: true, index, household: parsed.data, assessment: assess(parsed.data) };
  } catch (error) {
    if (!(error instanceof VnPovertyError)) throw error;
    return rejected(index, householdId, [
      {
        path: '',
        code: error.code,
        message: error.messages,
        ...(householdId === undefined ? {} : { householdId }),
      },
    ]);
  }
}

function* assessSync(
  records: Iterable<unknown>,
  on: string,
  assess: Assessor,
): Generator<AssessManyItem, AssessManyTotals, undefined> {
  let index = 0;
  let assessed = 0;
  for (const record of records) {
    const item = assessRecord(record, index++, on, assess);
    if (item.success) assessed++;
    yield item;
  }
  return { records: index, assessed, rejected: index - assessed };
}

async function* assessAsync(
  records: AsyncIterable<unknown>,
  on: string,
  assess: Assessor,
): AsyncGenerator<AssessManyItem, AssessManyTotals, undefined> {
  let index = 0;
  let assessed = 0;
  for await (const record of records) {
    const item = assessRecord(record, index++, on, assess);
    if (item.success) assessed++;
    yield item;
  }
  return { records: index, assessed, rejected: index - assessed };
}

/**
 * Assesses many household records (đánh giá nhiều hộ) under one standard: each raw record is
 * parsed and assessed, and comes back in input order as its assessment or as its problems, with
 * its position and id. Nothing is dropped: records in = assessed + rejected.
 *
 * @remarks Legal basis: that of {@link assessHousehold}; the standard is resolved once for the
 * whole run. It is a generator and keeps nothing: a million records from an async iterable (a
 * file or database stream) go through in flat memory as long as the caller does not keep them
 * either. The generator's return value is the totals ({@link AssessManyTotals}). Birth dates
 * after `on` are problems of the record, not errors; a record that throws when read is rejected
 * with the issue code `unreadable-record`. The items can be passed as they are to
 * `summarize`, `deprivationProfile` or `deprivationMatrix`, which count the rejected records.
 *
 * @param records - an array, an iterable or an async iterable of raw records (JSON objects)
 * @param options - the reference date and, optionally, the standard, as for `createAssessor`
 * @returns a generator (async for an async iterable) of {@link AssessManyItem}
 * @throws {@link VnPovertyError} `invalid-date` or `date-out-of-range` for the date and
 * `not-iterable` for `records`, at once (before the first record)
 *
 * @example
 * ```ts
 * import { assessMany } from 'vn-poverty';
 * const good = {
 *   id: 'HH-1', area: 'rural', income: { annualTotal: 100000000 },
 *   members: [{ id: 'a', sex: 'male', birthDate: '1980', ethnicity: 'Kinh' }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 40 },
 *   water: 'piped', latrine: 'septic', devices: ['television'],
 * };
 * const run = assessMany([good, { id: 'HH-2' }], { on: '2024-06-01' });
 * const items = [...run];
 * items.map((item) => (item.success ? item.assessment.poverty : item.issues[0]?.code)); //=> ['neither', 'required']
 * items[1]?.index; //=> 1
 * ```
 */
export function assessMany(
  records: Iterable<unknown>,
  options: AssessOptions,
): Generator<AssessManyItem, AssessManyTotals, undefined>;
export function assessMany(
  records: AsyncIterable<unknown>,
  options: AssessOptions,
): AsyncGenerator<AssessManyItem, AssessManyTotals, undefined>;
export function assessMany(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: AssessOptions,
):
  | Generator<AssessManyItem, AssessManyTotals, undefined>
  | AsyncGenerator<AssessManyItem, AssessManyTotals, undefined> {
  // Both checks run now, not at the first next(): a wrong date fails where it is written.
  const assess = createAssessor(options);
  return isSyncSource(records, 'records')
    ? assessSync(records, options.on, assess)
    : assessAsync(records, options.on, assess);
}
