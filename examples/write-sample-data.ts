// npm run example:sample-data: writes the SYNTHETIC sample of examples/data/ (see sample-data.ts):
// the households and members tables in CSV, and the same two tables in an Excel workbook with
// Vietnamese headers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { csvText, SYNTHETIC_NOTE, sampleTables, vietnameseHeader } from './sample-data';

const folder = resolve(import.meta.dirname, 'data');
mkdirSync(folder, { recursive: true });
const tables = sampleTables();
writeFileSync(join(folder, 'thai-nguyen-synthetic.households.csv'), csvText(tables.households));
writeFileSync(join(folder, 'thai-nguyen-synthetic.members.csv'), csvText(tables.members));

const workbook = new ExcelJS.Workbook();
workbook.creator = 'vn-poverty (synthetic sample)';
workbook.created = new Date(Date.UTC(2025, 0, 1));
workbook.modified = workbook.created;
const note = workbook.addWorksheet('Ghi chú');
note.addRow([SYNTHETIC_NOTE.vi]);
note.addRow([SYNTHETIC_NOTE.en]);
for (const [name, table, rows] of [
  ['Hộ', 'households', tables.households],
  ['Thành viên', 'members', tables.members],
] as const) {
  const sheet = workbook.addWorksheet(name);
  const [header = [], ...body] = rows;
  const headerRow = sheet.addRow(header.map((path) => vietnameseHeader(path, table)));
  headerRow.font = { bold: true };
  for (const row of body) sheet.addRow(row);
}
await workbook.xlsx.writeFile(join(folder, 'thai-nguyen-synthetic.xlsx'));
console.log(
  `SYNTHETIC sample written to ${folder}: ${tables.households.length - 1} households, ${tables.members.length - 1} members.`,
);
