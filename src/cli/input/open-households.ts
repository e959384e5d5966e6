import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { usageError } from '../cli-error';
import { openCsvTable, type Table } from './csv-table';
import { TableJoin } from './join';
import { jsonBatches, ndjsonBatches, withoutRepeatedIds } from './json-source';
import { readHeader } from './table';
import { type Tables, tabularItem } from './tabular-items';
import { checkReadable, type ReadProgress, shown } from './text-file';
import type { HouseholdSource, InputFormat, InputItem } from './types';
import { readWorkbook } from './xlsx';

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** The format of a file, by its extension. */
export function formatOf(path: string): InputFormat {
  const format = EXTENSIONS[extname(path).toLowerCase()];
  if (format === undefined) {
    throw usageError(
      `Không biết đọc tệp ${shown(path)}: cần đuôi .csv, .xlsx, .json hoặc .ndjson.`,
      `Cannot tell how to read ${shown(path)}: use a .csv, .xlsx, .json or .ndjson file.`,
    );
  }
  return format;
}

/**
 * The members table of a households CSV file: the one given, else `X.members.csv` beside `X.csv`,
 * else the same name with `households` changed to `members` (`households.csv` → `members.csv`).
 */
export function membersFileFor(path: string, given: string | undefined): string {
  if (given !== undefined) return given;
  const base = basename(path, extname(path));
  const candidates = [join(dirname(path), `${base}.members.csv`)];
  if (/households/i.test(base))
    candidates.push(join(dirname(path), `${base.replace(/households/i, 'members')}.csv`));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found !== undefined) return found;
  throw usageError(
    `Tệp CSV gồm hai bảng: hộ và thành viên. Không tìm thấy bảng thành viên (${candidates.map(shown).join(' hoặc ')}): hãy chỉ ra bằng --members TỆP.`,
    `A CSV input is two tables, households and members. No members table was found (${candidates.map(shown).join(' or ')}): give it with --members FILE.`,
  );
}

/** Options of {@link openHouseholds}. */
export interface OpenOptions {
  /** The members table of a CSV input; found beside it when left out. */
  readonly members?: string | undefined;
  /** Counts the bytes read of the households file, for a progress bar. */
  readonly progress?: ReadProgress;
}

async function* joinedItems(
  tables: Tables,
  households: AsyncIterator<import('./table').TableRow[]>,
  members: AsyncIterator<import('./table').TableRow[]>,
): AsyncGenerator<InputItem[]> {
  const join = new TableJoin(
    households,
    members,
    tables.households.keyIndex,
    tables.members.keyIndex,
    {
      households: tables.households.source,
      members: tables.members.source,
    },
  );
  for await (const batch of join.batches())
    yield batch.map((joined) => tabularItem(tables, joined));
}

async function* once<T>(value: T): AsyncGenerator<T> {
  if ((value as unknown[]).length > 0) yield value;
}

async function openTables(households: Table, members: Table, sources: [string, string]) {
  const tables: Tables = {
    households: readHeader('households', sources[0], households.header),
    members: readHeader('members', sources[1], members.header),
  };
  return { tables, batches: joinedItems(tables, households.batches, members.batches) };
}

/**
 * Opens any input the command reads and gives its households in input order, each as a record
 * (for `parseHousehold`) with its row, or as a row refused with its problems: a JSON array, NDJSON
 * (a household a line), CSV as two tables (households and members, joined by household id), or a
 * workbook with a households sheet and a members sheet. File problems (no such file, not UTF-8,
 * an empty file, a missing or unknown column, an unknown sheet) throw a `CliError` before the
 * first household; row problems are items, so nothing is lost.
 */
export async function openHouseholds(
  path: string,
  options: OpenOptions = {},
): Promise<HouseholdSource> {
  const format = formatOf(path);
  switch (format) {
    case 'json':
      await checkReadable(path);
      return {
        format,
        files: [path],
        householdsSource: path,
        batches: withoutRepeatedIds(path, jsonBatches(path, options.progress)),
      };
    case 'ndjson':
      await checkReadable(path);
      return {
        format,
        files: [path],
        householdsSource: path,
        batches: withoutRepeatedIds(path, ndjsonBatches(path, options.progress)),
      };
    case 'csv': {
      await checkReadable(path);
      const membersPath = membersFileFor(path, options.members);
      const households = await openCsvTable(path, options.progress);
      const members = await openCsvTable(membersPath);
      const { tables, batches } = await openTables(households, members, [path, membersPath]);
      return {
        format,
        files: [path, membersPath],
        householdsSource: path,
        header: tables.households.headers,
        batches,
      };
    }
    case 'xlsx': {
      await checkReadable(path);
      const book = await readWorkbook(path);
      const table = (sheet: typeof book.households): Table => ({
        header: sheet.header,
        batches: once(sheet.rows),
      });
      const { tables, batches } = await openTables(table(book.households), table(book.members), [
        book.households.source,
        book.members.source,
      ]);
      return {
        format,
        files: [path],
        householdsSource: book.households.source,
        header: tables.households.headers,
        batches,
      };
    }
  }
}

/**
 * Reads any supported input into its households, one at a time, in input order: `{ row, record }`
 * for each household to parse, `{ row, householdId?, issues }` for each row that cannot be one.
 */
export async function* readHouseholds(
  path: string,
  options: OpenOptions = {},
): AsyncGenerator<InputItem> {
  const source = await openHouseholds(path, options);
  for await (const batch of source.batches) yield* batch;
}
