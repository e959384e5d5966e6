import { resolve } from 'node:path';
import {
  type AssessManyItem,
  type AssessOptions,
  assessMany,
  type Language,
  type PopulationItem,
  type RejectedRecord,
} from '../../index';
import { COMMON_OPTIONS, languageOf, onePath, parseCommand } from '../args';
import { EXIT, usageError } from '../cli-error';
import { formatOf, openHouseholds } from '../input/open-households';
import type { ReadProgress } from '../input/text-file';
import { type HouseholdSource, isRecordItem } from '../input/types';
import type { CliIo } from '../io';
import { AtomicFile } from '../output/atomic-file';
import { ErrorsFile, type RefusedRow, refusedRecord } from '../output/errors-file';
import { besideInput, checkOutputs } from '../output/output-paths';
import { outputFormatOf } from '../output/writers';
import { Progress } from '../progress';
import { buildReportModel, formatReportSummary, renderReportHtml } from '../report';
import {
  type ChosenOptions,
  chooseStandard,
  STANDARD_OPTIONS,
  type StandardFlags,
} from '../standard-options';
import { formatCount } from '../text';
import { REPORT_HELP } from './help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...STANDARD_OPTIONS,
  members: { type: 'string' },
  html: { type: 'string' },
  errors: { type: 'string' },
  previous: { type: 'string' },
  'previous-members': { type: 'string' },
  'previous-on': { type: 'string' },
  synthetic: { type: 'boolean' },
} as const;

/** What the reading of the reviews counted, besides what the report measures. */
interface Counts {
  /** Rows refused, of households and of members: each is in the errors file and the report. */
  refusedRows: number;
}

/** A refused record of the command, with its place in the input file (`file:row`). */
type PlacedRejectedRecord = RejectedRecord & { readonly place: string };

/** A refused row as the report takes it, placed at its first problem (else at the row). */
function placedRejection(index: number, refused: RefusedRow): PlacedRejectedRecord {
  const at = refused.issues[0] ?? refused;
  return {
    success: false,
    index,
    ...(refused.householdId === undefined ? {} : { householdId: refused.householdId }),
    issues: refused.issues,
    place: `${at.file}:${at.row}`,
  };
}

/**
 * One review's items as the report's measures take them: each household row of `source` assessed
 * with `options`, or refused with its problems (also written to the errors file, with its place);
 * a member row that joins no household is a refused record too, so that the report counts every
 * row refused. A rejected record's `place` names the file and row of its first problem (a member's
 * problem is in the members table), as the errors file does.
 */
async function* reviewItems(
  source: HouseholdSource,
  options: AssessOptions,
  errors: ErrorsFile,
  counts: Counts,
  onBatch?: (households: number) => void,
): AsyncGenerator<PopulationItem> {
  let index = 0;
  for await (const batch of source.batches) {
    const records = batch.filter(isRecordItem);
    const results = assessMany(
      records.map((item) => item.record),
      options,
    );
    for (const item of batch) {
      if (!isRecordItem(item)) {
        // A refused row: a household's, or a member row that joins no household.
        counts.refusedRows++;
        errors.add(item);
        yield placedRejection(index++, item);
        continue;
      }
      // assessMany yields one item per record, in order: as many as there are records here.
      const result = results.next().value as AssessManyItem;
      if (result.success) {
        yield { household: result.household, assessment: result.assessment };
        index++;
        continue;
      }
      counts.refusedRows++;
      const refused = refusedRecord(item, source.householdsSource, result.issues);
      errors.add(refused);
      yield placedRejection(index++, refused);
    }
    onBatch?.(index);
  }
}

/** `2025-10-01` → `2024-10-01` (29 February → 28 February). */
function yearBefore(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date; // the library refuses it with its own message
  const [, year, month, day] = match;
  const shiftedDay = month === '02' && day === '29' ? '28' : day;
  return `${String(Number(year) - 1).padStart(4, '0')}-${month}-${shiftedDay}`;
}

/**
 * The previous review's choice of standard: the current one a year earlier (`--review-year 2025`
 * → 2024, `--on 2025-10-01` → 2024-10-01), or `--previous-on` for its reference date.
 */
function previousChoice(flags: StandardFlags, previousOn: string | undefined): ChosenOptions {
  const back = (value: string | undefined) =>
    value === undefined || !/^\d{4}$/.test(value) ? value : String(Number(value) - 1);
  const on = previousOn ?? (flags.on === undefined ? undefined : yearBefore(flags.on));
  return chooseStandard({
    on,
    'policy-year': back(flags['policy-year']),
    'review-year': back(flags['review-year']),
    standard: flags.standard,
  });
}

const WORDS = {
  report: { vi: 'Báo cáo HTML', en: 'HTML report' },
  previous: { vi: 'Kỳ rà soát trước', en: 'Previous review' },
  standard: { vi: 'chuẩn', en: 'standard' },
  on: { vi: 'ngày tham chiếu', en: 'reference date' },
  errors: { vi: 'Lỗi', en: 'Errors' },
  none: { vi: 'không có dòng nào bị từ chối', en: 'no row refused' },
  refused: { vi: 'dòng bị từ chối, kèm từng lỗi', en: 'refused rows, each with its problems' },
  empty: {
    vi: 'Tệp không có hộ nào: báo cáo trống.',
    en: 'The file holds no household: the report is empty.',
  },
};

function closingLines(
  records: number,
  paths: { html: string; errors: string },
  counts: Counts,
  previous: PreviousReview | undefined,
  language: Language,
): string {
  const t = (words: { vi: string; en: string }) => words[language];
  const lines: string[] = [];
  if (previous !== undefined) {
    const { standard, options } = previous.chosen;
    lines.push(
      `${t(WORDS.previous)}: ${previous.file} (${t(WORDS.standard)} ${standard.id}, ${t(WORDS.on)} ${options.on})`,
    );
  }
  if (records === 0) lines.push(t(WORDS.empty));
  lines.push(
    `${t(WORDS.errors)}: ${paths.errors} (${counts.refusedRows === 0 ? t(WORDS.none) : `${formatCount(counts.refusedRows, language)} ${t(WORDS.refused)}`})`,
  );
  lines.push(`${t(WORDS.report)}: ${paths.html}`);
  return `${lines.join('\n')}\n`;
}

/** The previous review named on the command line: its file and how it is assessed. */
interface PreviousReview {
  readonly file: string;
  readonly chosen: ChosenOptions;
}

/** `--html`: needed, and an .html file. */
function htmlPathOf(value: string | undefined): string {
  if (value === undefined) {
    throw usageError(
      'Cần --html TỆP: nơi ghi báo cáo. Xem: vn-poverty report --help',
      'The report needs --html FILE: where to write it. See: vn-poverty report --help',
    );
  }
  if (!/\.html?$/i.test(value)) {
    throw usageError(
      `Báo cáo là một trang HTML: --html cần tệp đuôi .html (nhận được "${value}").`,
      `The report is an HTML page: --html needs a file ending in .html (got "${value}").`,
    );
  }
  return value;
}

/** `--previous` and how it is assessed; never the input itself. */
function previousReviewOf(
  values: StandardFlags & { readonly previous?: string; readonly 'previous-on'?: string },
  input: string,
): PreviousReview | undefined {
  const file = values.previous;
  if (file === undefined) return undefined;
  if (resolve(file) === resolve(input)) {
    throw usageError(
      'Kỳ rà soát trước (--previous) là chính tệp đang báo cáo: hãy chỉ ra tệp của kỳ trước.',
      "The previous review (--previous) is the input itself: give the previous review's file.",
    );
  }
  return { file, chosen: previousChoice(values, values['previous-on']) };
}

/**
 * `vn-poverty report`: one review read, assessed and measured by the library, written as one HTML
 * page that works offline, with a text summary on standard output. Refused rows (of either
 * review) are in the errors file; the exit code is 1 when there are any.
 */
export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('report', args, OPTIONS);
  if (values.help === true) {
    io.out(REPORT_HELP);
    return EXIT.ok;
  }
  const language = languageOf(values.lang);
  const input = onePath('report', positionals, { vi: 'tệp hộ', en: 'input file' });
  const htmlPath = htmlPathOf(values.html);
  const chosen = chooseStandard(values);
  const previousReview = previousReviewOf(values, input);
  const errorsPath = values.errors ?? besideInput(input, 'errors', formatOf(input));
  const errorsFormat = outputFormatOf(errorsPath, ['csv', 'xlsx', 'json', 'ndjson']);

  const read: ReadProgress = { bytes: 0, total: 0 };
  const source = await openHouseholds(input, { members: values.members, progress: read });
  const earlier =
    previousReview === undefined
      ? undefined
      : await openHouseholds(previousReview.file, { members: values['previous-members'] });
  await checkOutputs([...source.files, ...(earlier?.files ?? [])], [htmlPath, errorsPath]);

  const errors = await ErrorsFile.open(errorsPath, errorsFormat, language);
  const html = new AtomicFile(htmlPath);
  const counts: Counts = { refusedRows: 0 };
  const progress = new Progress(io, language, read);
  try {
    const items = reviewItems(source, chosen.options, errors, counts, (n) => progress.update(n));
    const previous =
      earlier === undefined || previousReview === undefined
        ? {}
        : { previous: reviewItems(earlier, previousReview.chosen.options, errors, counts) };
    const model = await buildReportModel(items, {
      ...previous,
      ...(values.synthetic === true ? { synthetic: true } : {}),
    });
    progress.done();
    await html.write(renderReportHtml(model, language));
    await html.commit();
    await errors.commit();
    io.out(formatReportSummary(model, language));
    if (chosen.dateNote !== undefined) io.out(`${chosen.dateNote[language]}\n`);
    io.out(
      closingLines(
        model.records,
        { html: htmlPath, errors: errorsPath },
        counts,
        previousReview,
        language,
      ),
    );
  } catch (error) {
    progress.done();
    await html.abort();
    await errors.abort();
    throw error;
  }
  return counts.refusedRows > 0 ? EXIT.rejected : EXIT.ok;
}
