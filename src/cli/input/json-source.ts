import { inputError } from '../cli-error';
import { checkReadable, type ReadProgress, readTextFile, shown } from './text-file';
import { type InputItem, isRecordItem, type RecordItem, type SourcePlace } from './types';

/** The largest JSON file read whole; larger ones are to be given as NDJSON, which streams. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

function idOf(record: unknown): string | undefined {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function recordItem(file: string, row: number, record: unknown): RecordItem {
  const householdId = idOf(record);
  const place: SourcePlace = { file, row };
  return {
    row,
    record,
    ...(householdId === undefined ? {} : { householdId }),
    locate: () => place,
  };
}

/** The line and column of a character offset, from 1. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The offset of a JSON syntax error, from the engine's message. */
const errorOffset = (error: unknown): number | undefined => {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match === null ? undefined : Number(match[1]);
};

/**
 * A JSON file: an array of household records (row = the record's number from 1), or one record.
 * It is read whole (at most {@link MAX_JSON_BYTES}); a syntax error stops the run with its line.
 */
export async function* jsonBatches(
  path: string,
  progress?: ReadProgress,
): AsyncGenerator<InputItem[]> {
  const size = await checkReadable(path);
  if (size > MAX_JSON_BYTES) {
    throw inputError(
      `${shown(path)} lớn hơn 256 MB: hãy dùng NDJSON (mỗi dòng một hộ, đuôi .ndjson), được đọc từng dòng.`,
      `${shown(path)} is larger than 256 MB: use NDJSON (one household a line, .ndjson), which is read line by line.`,
    );
  }
  let text = '';
  for await (const chunk of readTextFile(path, progress)) text += chunk;
  if (text.trim() === '') {
    throw inputError(`${shown(path)} trống.`, `${shown(path)} is empty.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = errorOffset(error);
    const where = offset === undefined ? undefined : lineAndColumn(text, offset);
    const at = where === undefined ? '' : ` (dòng ${where.line}, cột ${where.column})`;
    const atEn = where === undefined ? '' : ` (line ${where.line}, column ${where.column})`;
    throw inputError(
      `${shown(path)} không phải JSON hợp lệ${at}.`,
      `${shown(path)} is not valid JSON${atEn}.`,
    );
  }
  const records = Array.isArray(data) ? data : [data];
  for (let start = 0; start < records.length; start += 1000)
    yield records
      .slice(start, start + 1000)
      .map((record, i) => recordItem(path, start + i + 1, record));
}

/** An NDJSON file: one household record a line (row = the line); blank lines are passed over. */
export async function* ndjsonBatches(
  path: string,
  progress?: ReadProgress,
): AsyncGenerator<InputItem[]> {
  let line = 0;
  let rest = '';
  let any = false;
  const items = (lines: string[]): InputItem[] => {
    const out: InputItem[] = [];
    for (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      any = true;
      try {
        out.push(recordItem(path, line, JSON.parse(text)));
      } catch (error) {
        const offset = errorOffset(error);
        const column = offset === undefined ? '' : `, cột ${offset + 1}`;
        const columnEn = offset === undefined ? '' : `, column ${offset + 1}`;
        out.push({
          row: line,
          file: path,
          issues: [
            {
              path: '',
              code: 'invalid-json',
              message: {
                vi: `Dòng ${line} không phải JSON hợp lệ${column}.`,
                en: `Line ${line} is not valid JSON${columnEn}.`,
              },
              file: path,
              row: line,
            },
          ],
        });
      }
    }
    return out;
  };
  for await (const chunk of readTextFile(path, progress)) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    const batch = items(lines);
    if (batch.length > 0) yield batch;
  }
  const last = items([rest]);
  if (last.length > 0) yield last;
  if (!any) throw inputError(`${shown(path)} trống.`, `${shown(path)} is empty.`);
}

/** Reads a whole JSON file (a criteria table, one household), with the line of a syntax error. */
export async function readJsonFile(path: string): Promise<unknown> {
  if ((await checkReadable(path)) > MAX_JSON_BYTES) {
    throw inputError(`${shown(path)} lớn hơn 256 MB.`, `${shown(path)} is larger than 256 MB.`);
  }
  let text = '';
  for await (const chunk of readTextFile(path)) text += chunk;
  if (text.trim() === '') throw inputError(`${shown(path)} trống.`, `${shown(path)} is empty.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = errorOffset(error);
    const where = offset === undefined ? undefined : lineAndColumn(text, offset);
    throw inputError(
      `${shown(path)} không phải JSON hợp lệ${where === undefined ? '' : ` (dòng ${where.line}, cột ${where.column})`}.`,
      `${shown(path)} is not valid JSON${where === undefined ? '' : ` (line ${where.line}, column ${where.column})`}.`,
    );
  }
}

/**
 * Records of a JSON or NDJSON file with each repeated household id refused at its row, as the
 * tables' join refuses them: one record per household, the first one kept. (Two records of one
 * household would count it twice in every figure.)
 */
export async function* withoutRepeatedIds(
  path: string,
  batches: AsyncIterable<InputItem[]>,
): AsyncGenerator<InputItem[]> {
  const firstRows = new Map<string, number>();
  for await (const batch of batches) {
    yield batch.map((item) => {
      const id = isRecordItem(item) ? item.householdId : undefined;
      if (id === undefined) return item;
      const firstRow = firstRows.get(id);
      if (firstRow === undefined) {
        firstRows.set(id, item.row);
        return item;
      }
      return repeatedId(path, item.row, id, firstRow);
    });
  }
}

function repeatedId(file: string, row: number, id: string, firstRow: number): InputItem {
  return {
    row,
    file,
    householdId: id,
    issues: [
      {
        path: 'id',
        code: 'duplicate-household-id',
        message: {
          vi: `Mã hộ "${id}" đã có ở bản ghi ${firstRow}: mỗi hộ chỉ một bản ghi.`,
          en: `The household id "${id}" is already in record ${firstRow}: one record per household.`,
        },
        file,
        row,
        householdId: id,
      },
    ],
  };
}
