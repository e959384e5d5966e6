import {
  type AssessManyItem,
  type Assessment,
  assessMany,
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type Category,
  type Language,
} from '../../index';
import { COMMON_OPTIONS, languageOf, onePath, parseCommand } from '../args';
import { EXIT } from '../cli-error';
import { formatOf, openHouseholds } from '../input/open-households';
import type { ReadProgress } from '../input/text-file';
import {
  type HouseholdSource,
  type InputItem,
  isRecordItem,
  type RecordItem,
} from '../input/types';
import type { CliIo } from '../io';
import {
  ASSESSMENT_COLUMNS,
  assessmentCells,
  assessmentSummary,
} from '../output/assessment-fields';
import { ErrorsFile, refusedRecord } from '../output/errors-file';
import { besideInput, checkOutputs } from '../output/output-paths';
import {
  type OutputFormat,
  openRowWriter,
  outputFormatOf,
  RecordWriter,
  type RowWriter,
} from '../output/writers';
import { Progress } from '../progress';
import { chooseStandard, STANDARD_OPTIONS } from '../standard-options';
import { formatCount, formatPercent } from '../text';
import { ASSESS_HELP } from './help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...STANDARD_OPTIONS,
  members: { type: 'string' },
  out: { type: 'string' },
  errors: { type: 'string' },
} as const;

/** Where assessed households go: a table repeating the input's columns, or records. */
interface AssessedOutput {
  add(item: RecordItem, assessment: Assessment): void;
  flush(): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

async function openAssessedOutput(
  path: string,
  format: OutputFormat,
  source: HouseholdSource,
  language: Language,
): Promise<AssessedOutput> {
  if (format === 'json' || format === 'ndjson') {
    const writer = new RecordWriter(path, format);
    return {
      add: (item, assessment) =>
        writer.add({
          ...(item.record as object),
          assessment: assessmentSummary(assessment, language),
        }),
      flush: () => writer.flush(),
      commit: () => writer.commit(),
      abort: () => writer.abort(),
    };
  }
  // A table repeats the input's own columns (or, from JSON, the household id) before the assessment.
  const header = source.header ?? ['id'];
  const rows: RowWriter = await openRowWriter(
    path,
    format,
    [...header, ...ASSESSMENT_COLUMNS],
    'households',
  );
  return {
    add: (item, assessment) =>
      rows.add(
        (item.cells ?? [item.householdId ?? '']).concat(assessmentCells(assessment, language)),
      ),
    flush: () => rows.flush(),
    commit: () => rows.commit(),
    abort: () => rows.abort(),
  };
}

/** What a run counted, for the summary and the exit code. */
interface Tally {
  households: number;
  assessed: number;
  refusedHouseholds: number;
  refusedMemberRows: number;
  readonly categories: Map<Category, number>;
}

const WORDS = {
  read: { vi: 'Đã đọc', en: 'Read' },
  households: { vi: 'hộ', en: 'households' },
  assessed: { vi: 'đã đánh giá', en: 'assessed' },
  refused: { vi: 'bị từ chối', en: 'refused' },
  memberRows: {
    vi: 'dòng thành viên không ghép được với hộ nào',
    en: 'member rows joined to no household',
  },
  standard: { vi: 'Chuẩn', en: 'Standard' },
  on: { vi: 'ngày tham chiếu', en: 'reference date' },
  output: { vi: 'Kết quả', en: 'Results' },
  errors: { vi: 'Lỗi', en: 'Errors' },
  errorRows: { vi: 'dòng bị từ chối, kèm từng lỗi', en: 'refused rows, each with its problems' },
  none: { vi: 'không có dòng nào bị từ chối', en: 'no row refused' },
};

function summary(
  tally: Tally,
  paths: { input: readonly string[]; out: string; errors: string },
  standard: { id: string; on: string },
  language: Language,
  dateNote: string | undefined,
): string {
  const t = (words: { vi: string; en: string }) => words[language];
  const n = (value: number) => formatCount(value, language);
  const lines = [
    `vn-poverty assess: ${paths.input.join(' + ')}`,
    `${t(WORDS.standard)} ${standard.id}, ${t(WORDS.on)} ${standard.on}`,
  ];
  if (dateNote !== undefined) lines.push(dateNote);
  lines.push(
    `${t(WORDS.read)} ${n(tally.households)} ${t(WORDS.households)}: ${n(tally.assessed)} ${t(WORDS.assessed)}, ${n(tally.refusedHouseholds)} ${t(WORDS.refused)}.`,
  );
  if (tally.refusedMemberRows > 0)
    lines.push(`${n(tally.refusedMemberRows)} ${t(WORDS.memberRows)}.`);
  for (const category of CATEGORY_CODES) {
    const count = tally.categories.get(category) ?? 0;
    const label = CATEGORY_LABELS[category][language];
    lines.push(`  ${label}: ${n(count)} (${formatPercent(count, tally.assessed, language)})`);
  }
  lines.push(`${t(WORDS.output)}: ${paths.out}`);
  const refusedRows = tally.refusedHouseholds + tally.refusedMemberRows;
  lines.push(
    `${t(WORDS.errors)}: ${paths.errors} (${refusedRows === 0 ? t(WORDS.none) : `${n(refusedRows)} ${t(WORDS.errorRows)}`})`,
  );
  return `${lines.join('\n')}\n`;
}

/** Parses and assesses one batch; assessed and refused rows are written in input order. */
function assessBatchOfItems(
  items: readonly InputItem[],
  options: Parameters<typeof assessMany>[1],
  householdsSource: string,
  output: AssessedOutput,
  errors: ErrorsFile,
  tally: Tally,
): void {
  const records = items.filter(isRecordItem);
  const results = assessMany(
    records.map((item) => item.record),
    options,
  );
  for (const item of items) {
    if (!isRecordItem(item)) {
      if (item.file === householdsSource) {
        tally.households++;
        tally.refusedHouseholds++;
      } else tally.refusedMemberRows++;
      errors.add(item);
      continue;
    }
    const result = results.next().value as AssessManyItem;
    tally.households++;
    if (result.success) {
      tally.assessed++;
      const category = result.assessment.category;
      tally.categories.set(category, (tally.categories.get(category) ?? 0) + 1);
      output.add(item, result.assessment);
      continue;
    }
    tally.refusedHouseholds++;
    errors.add(refusedRecord(item, householdsSource, result.issues));
  }
}

/** `vn-poverty assess`: every household of a file assessed, refused rows in the errors file. */
export async function assessCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('assess', args, OPTIONS);
  if (values.help === true) {
    io.out(ASSESS_HELP);
    return EXIT.ok;
  }
  const language = languageOf(values.lang);
  const input = onePath('assess', positionals, { vi: 'tệp hộ', en: 'input file' });
  const chosen = chooseStandard(values);
  const standard = { id: chosen.standard.id, on: chosen.options.on };
  const inputFormat = formatOf(input);
  const outPath = values.out ?? besideInput(input, 'assessed', inputFormat);
  const errorsPath = values.errors ?? besideInput(input, 'errors', inputFormat);
  const outFormat = outputFormatOf(outPath, ['csv', 'xlsx', 'json', 'ndjson']);
  const errorsFormat = outputFormatOf(errorsPath, ['csv', 'xlsx', 'json', 'ndjson']);
  const read: ReadProgress = { bytes: 0, total: 0 };
  const source = await openHouseholds(input, { members: values.members, progress: read });
  await checkOutputs(source.files, [outPath, errorsPath]);
  const output = await openAssessedOutput(outPath, outFormat, source, language);
  const errors = await ErrorsFile.open(errorsPath, errorsFormat, language);
  const tally: Tally = {
    households: 0,
    assessed: 0,
    refusedHouseholds: 0,
    refusedMemberRows: 0,
    categories: new Map(),
  };
  const progress = new Progress(io, language, read);
  try {
    for await (const batch of source.batches) {
      assessBatchOfItems(batch, chosen.options, source.householdsSource, output, errors, tally);
      await output.flush();
      await errors.flush();
      progress.update(tally.households);
    }
    await output.commit();
    await errors.commit();
  } catch (error) {
    await output.abort();
    await errors.abort();
    throw error;
  } finally {
    progress.done();
  }
  io.out(
    summary(
      tally,
      { input: source.files, out: outPath, errors: errorsPath },
      standard,
      language,
      chosen.dateNote?.[language],
    ),
  );
  return tally.refusedHouseholds + tally.refusedMemberRows > 0 ? EXIT.rejected : EXIT.ok;
}
