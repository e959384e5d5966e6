import { type Message, parseHousehold } from '../../index';
import type { Joined } from './join';
import { type TableColumns, type TableRow, tableRecord } from './table';
import type { InputItem, LocatedIssue, SourcePlace } from './types';

/** The two tables of a tabular input, read. */
export interface Tables {
  readonly households: TableColumns;
  readonly members: TableColumns;
}

function rowProblem(row: TableRow, width: number): Message | undefined {
  switch (row.problem) {
    case undefined:
      return undefined;
    case 'cell-count':
      return {
        vi: `Dòng có ${row.cells.length} ô nhưng dòng tiêu đề có ${width} cột: có thể thiếu hoặc thừa một dấu phân cách.`,
        en: `The row has ${row.cells.length} cells but the header has ${width} columns: a delimiter may be missing or extra.`,
      };
    case 'text-after-quote':
      return {
        vi: 'Dòng không đúng định dạng CSV: có ký tự ngay sau dấu ngoặc kép đóng một ô.',
        en: 'The row is not well-formed CSV: there are characters right after the quote that closes a cell.',
      };
    case 'quote-in-field':
      return {
        vi: 'Dòng không đúng định dạng CSV: có dấu ngoặc kép giữa một ô không được bao trong ngoặc kép.',
        en: 'The row is not well-formed CSV: a quote is inside a cell that is not quoted.',
      };
  }
}

/** The place of a record's path: a member's fact is in the members table, on the member's row. */
function locator(tables: Tables, household: TableRow, members: readonly TableRow[]) {
  return (path: string): SourcePlace => {
    const member = /^members\[(\d+)\](?:\.(.+))?$/.exec(path);
    if (member !== null) {
      const row = members[Number(member[1])];
      const column = member[2] === undefined ? undefined : tables.members.headerOf.get(member[2]);
      return {
        file: tables.members.source,
        row: row?.row ?? household.row,
        ...(column === undefined ? {} : { column }),
      };
    }
    const column = tables.households.headerOf.get(path);
    return {
      file: tables.households.source,
      row: household.row,
      ...(column === undefined ? {} : { column }),
    };
  };
}

const withId = (householdId: string) => (householdId === '' ? {} : { householdId });

/** The issues of a household's rows that are not rows as the header says (none for most). */
function rowIssues(tables: Tables, household: TableRow, members: readonly TableRow[], id: string) {
  const issues: LocatedIssue[] = [];
  const add = (row: TableRow, columns: TableColumns) => {
    const message = rowProblem(row, columns.headers.length);
    if (message !== undefined)
      issues.push({
        path: '',
        code: row.problem === 'cell-count' ? 'cell-count' : 'malformed-row',
        message,
        file: columns.source,
        row: row.row,
        ...withId(id),
      });
  };
  if (household.problem !== undefined) add(household, tables.households);
  for (const row of members) if (row.problem !== undefined) add(row, tables.members);
  return issues;
}

function joinedHousehold(tables: Tables, household: TableRow, members: TableRow[]): InputItem {
  const id = (household.cells[tables.households.keyIndex] ?? '').trim();
  const locate = locator(tables, household, members);
  const issues = rowIssues(tables, household, members, id);
  if (issues.length > 0)
    return { row: household.row, file: tables.households.source, ...withId(id), issues };
  const built = tableRecord(household, tables.households, members, tables.members);
  if (built.issues.length === 0) {
    // Written out rather than spread: this is made for every household of the file.
    const { row, cells } = household;
    return id === ''
      ? { row, record: built.record, locate, cells }
      : { row, record: built.record, householdId: id, locate, cells };
  }
  // A cell no field can take: the record is refused, with every other problem the contract finds.
  const parsed = parseHousehold(built.record);
  const taken = new Set(built.issues.map((issue) => issue.path));
  const others = parsed.success ? [] : parsed.issues.filter((issue) => !taken.has(issue.path));
  return {
    row: household.row,
    file: tables.households.source,
    ...withId(id),
    issues: [...built.issues, ...others].map((issue) => ({
      ...issue,
      ...locate(issue.path),
      ...withId(id),
    })),
  };
}

/** The item of one joined row: a record, or a row refused with its problems. */
export function tabularItem(tables: Tables, joined: Joined): InputItem {
  const households = tables.households.source;
  switch (joined.kind) {
    case 'household':
      return joinedHousehold(tables, joined.household, joined.members);
    case 'no-id':
      return {
        row: joined.household.row,
        file: households,
        issues: [
          {
            path: 'id',
            code: 'missing-household-id',
            message: {
              vi: 'Dòng không có mã hộ: cần mã hộ để ghép với các thành viên.',
              en: 'The row has no household id: it is needed to join the members.',
            },
            file: households,
            row: joined.household.row,
            ...(tables.households.headerOf.has('id')
              ? { column: tables.households.headerOf.get('id') as string }
              : {}),
          },
        ],
      };
    case 'duplicate':
      return {
        row: joined.household.row,
        file: households,
        householdId: joined.id,
        issues: [
          {
            path: 'id',
            code: 'duplicate-household-id',
            message: {
              vi: `Mã hộ "${joined.id}" đã có ở dòng ${joined.firstRow}: mỗi hộ chỉ một dòng; các thành viên đã được ghép với dòng ${joined.firstRow}.`,
              en: `The household id "${joined.id}" is already on row ${joined.firstRow}: one row per household; the members were joined to row ${joined.firstRow}.`,
            },
            file: households,
            row: joined.household.row,
            householdId: joined.id,
          },
        ],
      };
    case 'orphan': {
      const members = tables.members.source;
      const message =
        joined.householdId === ''
          ? {
              vi: 'Dòng thành viên không có mã hộ.',
              en: 'The member row has no household id.',
            }
          : {
              vi: `Không có hộ mã "${joined.householdId}" trong bảng hộ (${households}).`,
              en: `There is no household "${joined.householdId}" in the households table (${households}).`,
            };
      return {
        row: joined.member.row,
        file: members,
        ...withId(joined.householdId),
        issues: [
          {
            path: 'householdId',
            code: joined.householdId === '' ? 'missing-household-id' : 'unknown-household-id',
            message,
            file: members,
            row: joined.member.row,
            ...withId(joined.householdId),
          },
        ],
      };
    }
  }
}
