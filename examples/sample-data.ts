// SYNTHETIC DATA. The sample files of examples/data/: about four thousand invented households of
// a Thái Nguyên-like province (every fifth household of the seeded synthetic review of 2024 in
// examples/thai-nguyen-synthetic.ts), as an officer's two tables, households and members, in CSV
// (headers as the contract's field names) and in an Excel workbook (Vietnamese headers, sheets
// "Hộ" and "Thành viên"). Not one household is real. A few records carry the mistakes real files
// have (a misspelt ethnic group, a negative income), so that the errors file has something in it.
// Same seed, same files: `npm run example:sample-data` writes them, and a test checks that the
// committed CSV files are what this code makes.

import { seededRandom } from '../bench/synthetic';
import { HOUSEHOLD_FIELDS, MEMBER_FIELDS } from '../src/cli/input/fields';
import { csvLine } from '../src/cli/output/csv-text';
import { flattenHousehold, tableColumns } from '../src/cli/output/flatten';
import { syntheticReview } from './thai-nguyen-synthetic';

/** The seed of the sample: that of the synthetic review. */
export const SAMPLE_SEED = 20_240_501;

/** The mountain communes of the synthetic province, taken as its poor district. */
const POOR_DISTRICT = new Set(['S09', 'S10', 'S11', 'S12']);

/**
 * The programme facts that targeting reads (issue 8's contract 1.1), invented like the rest: the
 * mountain communes make up a poor district, most households were formed long ago and never had
 * housing support, a few had some.
 */
function withProgrammeFacts(
  record: Record<string, unknown>,
  index: number,
): Record<string, unknown> {
  const random = seededRandom(SAMPLE_SEED ^ Math.imul(index + 1, 0x9e3779b1));
  const location = record.location as { communeCode: string };
  const supported = random() < 0.05;
  return {
    ...record,
    location: {
      ...location,
      poorDistrict: POOR_DISTRICT.has(location.communeCode),
      oftenHitByDisasters: location.communeCode === 'S12',
    },
    formedOn: String(1985 + Math.floor(random() * 30)),
    earlierHousingSupport: supported ? [{ source: 'other-state-programme', year: 2012 }] : [],
  };
}

/** The sample's households: every fifth of the synthetic review of 2024. */
export function sampleRecords(): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  let index = 0;
  for (const record of syntheticReview(2024, SAMPLE_SEED))
    if (index++ % 5 === 0) records.push(withProgrammeFacts(record, index));
  return records;
}

/** The sample as rows of the two tables, headers first, by the contract's field names. */
export function sampleTables(records = sampleRecords()): {
  households: string[][];
  members: string[][];
} {
  const columns = tableColumns(records);
  const households = [columns.households];
  const members = [columns.members];
  for (const record of records) {
    const rows = flattenHousehold(record, columns);
    households.push(rows.household);
    members.push(...rows.members);
  }
  // Columns that no household of the sample uses are left out, as an officer's sheet would.
  const used = (table: string[][]) =>
    table[0]?.map((_, column) => table.slice(1).some((row) => row[column] !== '')) ?? [];
  const keep = (table: string[][]) => {
    const mask = used(table);
    return table.map((row) => row.filter((_, column) => mask[column]));
  };
  return { households: keep(households), members: keep(members) };
}

/** A table as CSV text (UTF-8, with the byte-order mark Excel needs). */
export const csvText = (rows: readonly string[][]): string => `\uFEFF${rows.map(csvLine).join('')}`;

/** The Vietnamese header of a column, as an officer's sheet has it. */
export function vietnameseHeader(path: string, table: 'households' | 'members'): string {
  const spec = (table === 'households' ? HOUSEHOLD_FIELDS : MEMBER_FIELDS).find(
    (f) => f.path === path,
  );
  return spec?.aliases[0] ?? path;
}

/** The note that the workbook and the folder carry. */
export const SYNTHETIC_NOTE = {
  vi: 'DỮ LIỆU GIẢ LẬP: các hộ trong tệp này do máy tạo ra (bộ sinh có hạt giống cố định, examples/sample-data.ts); không hộ nào là thật. Chỉ các tỷ lệ gần với số liệu công bố của một tỉnh như Thái Nguyên.',
  en: 'SYNTHETIC DATA: the households in this file are made by a seeded generator (examples/sample-data.ts); none is real. Only the rates are close to the published figures of a province such as Thái Nguyên.',
};
