import {
  type AssessedHousehold,
  type AssessManyItem,
  assessMany,
  type HousingPriorityLevel,
  type HousingRanking,
  type Language,
  type Message,
  rankForHousingSupport,
  selectForSupport,
  VnPovertyError,
} from '../../index';
import { COMMON_OPTIONS, languageOf, onePath, parseCommand } from '../args';
import { EXIT, usageError } from '../cli-error';
import { formatOf, openHouseholds } from '../input/open-households';
import { isRecordItem, type RecordItem } from '../input/types';
import type { CliIo } from '../io';
import { ErrorsFile, refusedRecord } from '../output/errors-file';
import { besideInput, checkOutputs } from '../output/output-paths';
import { openRowWriter, outputFormatOf, RecordWriter } from '../output/writers';
import { chooseStandard, STANDARD_OPTIONS } from '../standard-options';
import { formatCount } from '../text';
import { RANK_HELP } from './help';

const OPTIONS = {
  ...COMMON_OPTIONS,
  houses: { type: 'string' },
  ...STANDARD_OPTIONS,
  members: { type: 'string' },
  out: { type: 'string' },
  errors: { type: 'string' },
} as const;

/** The names of Project 5's priority levels, for the output. */
const LEVEL_NAMES: Readonly<Record<HousingPriorityLevel, Message>> = {
  'poor-ethnic-minority': { vi: 'hộ nghèo dân tộc thiểu số', en: 'poor ethnic-minority household' },
  'poor-with-person-of-merit': {
    vi: 'hộ nghèo có người có công với cách mạng',
    en: 'poor household with a person of merit',
  },
  'with-social-protection-beneficiary': {
    vi: 'hộ nghèo, cận nghèo có đối tượng bảo trợ xã hội',
    en: 'poor or near-poor household with a social-protection beneficiary',
  },
  'especially-hard-circumstances': {
    vi: 'hộ nghèo, cận nghèo có hoàn cảnh đặc biệt khó khăn',
    en: 'poor or near-poor household in especially hard circumstances',
  },
  'often-hit-by-disasters': {
    vi: 'hộ nghèo, cận nghèo ở vùng thường xuyên bị thiên tai',
    en: 'poor or near-poor household in an area often hit by disasters',
  },
  'other-poor-or-near-poor': {
    vi: 'hộ nghèo, cận nghèo khác',
    en: 'other poor or near-poor household',
  },
};

/** The columns of the ranking, one row per candidate. */
const COLUMNS = [
  'householdId',
  'status',
  'rank',
  'level',
  'levelName',
  'supported',
  'possibleLevels',
  'tieBreakOrder',
  'tieBreak',
  'reasons',
  'missing',
];

interface RankRow {
  readonly householdId: string;
  readonly status: 'ranked' | 'undetermined' | 'ineligible';
  readonly rank: number | '';
  readonly level: number | '';
  readonly levelName: string;
  readonly supported: 'yes' | 'no' | 'undecided';
  readonly possibleLevels: string;
  readonly tieBreakOrder: number | '';
  readonly tieBreak: string;
  readonly reasons: string;
  readonly missing: string;
}

const TEXTS = ' | ';

/** One row per candidate: the ranked in rank order, then the undetermined, then the ineligible. */
function rankRows(ranking: HousingRanking, houses: number, language: Language): RankRow[] {
  const selection = selectForSupport(ranking, { houses });
  const supported = new Set(selection.supported.map((s) => s.householdId));
  const undecided = new Set(selection.undecided.map((s) => s.householdId));
  const answer = (id: string) =>
    supported.has(id) ? 'yes' : undecided.has(id) ? 'undecided' : 'no';
  const ranked = ranking.ranked.map((r): RankRow => {
    const own = r.levels[r.levels.length - 1];
    return {
      householdId: r.householdId,
      status: 'ranked',
      rank: r.rank,
      level: r.level,
      levelName: r.levelId === undefined ? '' : LEVEL_NAMES[r.levelId][language],
      supported: answer(r.householdId),
      possibleLevels: r.possibleLevels.join('; '),
      tieBreakOrder: r.tieBreakOrder,
      tieBreak: r.tieBreak.map((t) => `${t.key}: ${t.value}`).join('; '),
      reasons: (own?.conditions ?? []).map((c) => c.message[language]).join(TEXTS),
      missing: r.missing.join('; '),
    };
  });
  const unranked = (status: 'undetermined' | 'ineligible') =>
    ranking[status].map(
      (u): RankRow => ({
        householdId: u.householdId,
        status,
        rank: '',
        level: '',
        levelName: '',
        supported: answer(u.householdId),
        possibleLevels: u.possibleLevels.join('; '),
        tieBreakOrder: u.tieBreakOrder ?? '',
        tieBreak: '',
        reasons: u.eligibility.conditions
          .filter((c) => c.status !== 'met')
          .map((c) => c.message[language])
          .join(TEXTS),
        missing: u.eligibility.missing.join('; '),
      }),
    );
  return [...ranked, ...unranked('undetermined'), ...unranked('ineligible')];
}

function readHouses(text: string | undefined): number {
  if (text === undefined || !/^\d+$/.test(text)) {
    throw usageError(
      `Cần --houses N: số nhà được hỗ trợ, một số nguyên (nhận được ${text === undefined ? 'không có' : `"${text}"`}).`,
      `Give --houses N: the number of houses supported, a whole number (got ${text === undefined ? 'none' : `"${text}"`}).`,
    );
  }
  return Number(text);
}

/** `vn-poverty rank`: the Project 5 housing-support ranking, with who the houses go to. */
export async function rankCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('rank', args, OPTIONS);
  if (values.help === true) {
    io.out(RANK_HELP);
    return EXIT.ok;
  }
  const language = languageOf(values.lang);
  const input = onePath('rank', positionals, { vi: 'tệp hộ', en: 'input file' });
  const houses = readHouses(values.houses);
  const chosen = chooseStandard(values);
  const inputFormat = formatOf(input);
  const outPath = values.out ?? besideInput(input, 'ranked', inputFormat);
  const errorsPath = values.errors ?? besideInput(input, 'errors', inputFormat);
  const outFormat = outputFormatOf(outPath, ['csv', 'xlsx', 'json', 'ndjson']);
  const errors = ErrorsFile.open(
    errorsPath,
    outputFormatOf(errorsPath, ['csv', 'xlsx', 'json', 'ndjson']),
    language,
  );
  const source = await openHouseholds(input, { members: values.members });
  await checkOutputs(source.files, [outPath, errorsPath]);
  const errorsFile = await errors;
  // Ranking compares every candidate with every other: they are all held, up to the library's limit.
  const candidates: AssessedHousehold[] = [];
  const seen = new Map<string, number>();
  let refused = 0;
  const refuse = (item: RecordItem, code: string, message: Message) => {
    refused++;
    errorsFile.add(refusedRecord(item, source.householdsSource, [{ path: 'id', code, message }]));
  };
  for await (const batch of source.batches) {
    const records = batch.filter(isRecordItem);
    const results = assessMany(
      records.map((item) => item.record),
      chosen.options,
    );
    for (const item of batch) {
      if (!isRecordItem(item)) {
        refused++;
        errorsFile.add(item);
        continue;
      }
      const result = results.next().value as AssessManyItem;
      if (!result.success) {
        refused++;
        errorsFile.add(refusedRecord(item, source.householdsSource, result.issues));
        continue;
      }
      const id = item.householdId;
      if (id === undefined) {
        refuse(item, 'missing-household-id', {
          vi: 'Hộ không có mã: cần mã hộ để xếp thứ tự.',
          en: 'The household has no id: one is needed to rank it.',
        });
        continue;
      }
      const first = seen.get(id);
      if (first !== undefined) {
        refuse(item, 'duplicate-household-id', {
          vi: `Mã hộ "${id}" đã có ở dòng ${first}.`,
          en: `The household id "${id}" is already on row ${first}.`,
        });
        continue;
      }
      seen.set(id, item.row);
      candidates.push({ household: result.household, assessment: result.assessment });
    }
  }
  let rows: RankRow[] = [];
  if (candidates.length > 0) {
    try {
      rows = rankRows(rankForHousingSupport(candidates), houses, language);
    } catch (error) {
      await errorsFile.abort();
      if (error instanceof VnPovertyError) throw usageError(error.messages.vi, error.messages.en);
      throw error;
    }
  }
  if (outFormat === 'json' || outFormat === 'ndjson') {
    const writer = new RecordWriter(outPath, outFormat);
    for (const row of rows) writer.add(row);
    await writer.commit();
  } else {
    const writer = await openRowWriter(outPath, outFormat, COLUMNS, 'ranking');
    for (const row of rows) writer.add(COLUMNS.map((column) => row[column as keyof RankRow]));
    await writer.commit();
  }
  await errorsFile.commit();
  const n = (value: number) => formatCount(value, language);
  const count = (status: RankRow['status']) => rows.filter((row) => row.status === status).length;
  const supported = rows.filter((row) => row.supported === 'yes').length;
  const undecided = rows.filter((row) => row.supported === 'undecided').length;
  const text =
    language === 'vi'
      ? [
          `vn-poverty rank: ${source.files.join(' + ')} (chuẩn ${chosen.standard.id}, ngày ${chosen.options.on})`,
          `${n(candidates.length)} hộ được xét: ${n(count('ranked'))} đủ điều kiện và được xếp thứ tự, ${n(count('undetermined'))} chưa xác định, ${n(count('ineligible'))} không đủ điều kiện; ${n(refused)} dòng bị từ chối.`,
          `${n(houses)} nhà: ${n(supported)} hộ được hỗ trợ${undecided > 0 ? `; ${n(undecided)} hộ có thể được hỗ trợ khi bổ sung thông tin (danh sách chưa chốt)` : ''}.`,
          `Kết quả: ${outPath}`,
          `Lỗi: ${errorsPath}`,
        ]
      : [
          `vn-poverty rank: ${source.files.join(' + ')} (standard ${chosen.standard.id}, ${chosen.options.on})`,
          `${n(candidates.length)} households considered: ${n(count('ranked'))} eligible and ranked, ${n(count('undetermined'))} undetermined, ${n(count('ineligible'))} not eligible; ${n(refused)} rows refused.`,
          `${n(houses)} houses: ${n(supported)} households supported${undecided > 0 ? `; ${n(undecided)} could be with the missing facts (the list is not final)` : ''}.`,
          `Results: ${outPath}`,
          `Errors: ${errorsPath}`,
        ];
  io.out(`${text.join('\n')}\n`);
  return refused > 0 ? EXIT.rejected : EXIT.ok;
}
