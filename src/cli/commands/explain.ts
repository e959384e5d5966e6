import {
  assessHousehold,
  formatAssessment,
  type Language,
  parseHousehold,
  VnPovertyError,
} from '../../index';
import { COMMON_OPTIONS, languageOf, onePath, parseCommand } from '../args';
import { EXIT, usageError } from '../cli-error';
import { openHouseholds } from '../input/open-households';
import { type InputItem, isRecordItem, type LocatedIssue } from '../input/types';
import type { CliIo } from '../io';
import { chooseStandard, STANDARD_OPTIONS } from '../standard-options';
import { EXPLAIN_HELP } from './help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  id: { type: 'string' },
  ...STANDARD_OPTIONS,
  members: { type: 'string' },
} as const;

/** A problem with its place, for a person: `file, row 3, column "Ngày sinh": message`. */
export function describeIssue(issue: LocatedIssue, language: Language): string {
  const row = language === 'vi' ? `dòng ${issue.row}` : `row ${issue.row}`;
  const column =
    issue.column === undefined
      ? ''
      : language === 'vi'
        ? `, cột "${issue.column}"`
        : `, column "${issue.column}"`;
  const path = issue.path === '' ? '' : ` (${issue.path})`;
  return `  • ${issue.file}, ${row}${column}${path}: ${issue.message[language]}`;
}

/** The household to explain: the one with the id asked, or the file's only one. */
async function findHousehold(
  batches: AsyncIterable<readonly InputItem[]>,
  id: string | undefined,
): Promise<{ item: InputItem | undefined; count: number; ids: string[] }> {
  let found: InputItem | undefined;
  let count = 0;
  const ids: string[] = [];
  for await (const batch of batches) {
    for (const item of batch) {
      const itemId = item.householdId;
      if (id !== undefined) {
        if (itemId === id) return { item, count: 1, ids: [id] };
        continue;
      }
      count++;
      if (itemId !== undefined && ids.length < 5) ids.push(itemId);
      found ??= item;
    }
  }
  return { item: id === undefined ? found : undefined, count, ids };
}

/** `vn-poverty explain`: one household's assessment in words, with the law cited. */
export async function explainCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('explain', args, OPTIONS);
  if (values.help === true) {
    io.out(EXPLAIN_HELP);
    return EXIT.ok;
  }
  const language = languageOf(values.lang);
  const input = onePath('explain', positionals, { vi: 'tệp hộ', en: 'household file' });
  const chosen = chooseStandard(values);
  const source = await openHouseholds(input, { members: values.members });
  const { item, count, ids } = await findHousehold(source.batches, values.id);
  if (item === undefined) {
    if (values.id !== undefined) {
      throw usageError(
        `Không có hộ mã "${values.id}" trong ${input}.`,
        `There is no household "${values.id}" in ${input}.`,
      );
    }
    throw usageError(`${input} không có hộ nào.`, `${input} holds no household.`);
  }
  if (count > 1) {
    const some = ids.join(', ');
    throw usageError(
      `${input} có ${count} hộ: hãy chọn một hộ bằng --id (ví dụ ${some}).`,
      `${input} holds ${count} households: choose one with --id (such as ${some}).`,
    );
  }
  const problems = (issues: readonly LocatedIssue[]) => {
    const heading = language === 'vi' ? 'Hộ không đọc được:' : 'The household cannot be read:';
    io.out(`${heading}\n${issues.map((issue) => describeIssue(issue, language)).join('\n')}\n`);
    return EXIT.rejected;
  };
  if (!isRecordItem(item)) return problems(item.issues);
  const parsed = parseHousehold(item.record, { on: chosen.options.on });
  if (!parsed.success)
    return problems(parsed.issues.map((issue) => ({ ...issue, ...item.locate(issue.path) })));
  try {
    io.out(`${formatAssessment(assessHousehold(parsed.data, chosen.options), { language })}\n`);
  } catch (error) {
    if (!(error instanceof VnPovertyError)) throw error;
    return problems([{ path: '', code: error.code, message: error.messages, ...item.locate('') }]);
  }
  return EXIT.ok;
}
