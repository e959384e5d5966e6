import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/cli/input/cells';
import { CsvReader, type CsvRecord, detectDelimiter } from '../../src/cli/input/csv';
import { HOUSEHOLD_FIELDS, headerKey, MEMBER_FIELDS } from '../../src/cli/input/fields';

const readAll = (text: string, cuts: number[] = [], delimiter = ','): CsvRecord[] => {
  const reader = new CsvReader(delimiter);
  const out: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(from, cut), false, out);
    from = cut;
  }
  reader.push(text.slice(from), true, out);
  return out;
};

describe('the CSV reader', () => {
  it('reads quoted cells, doubled quotes, line breaks in quotes, CRLF, CR and a last line without a break', () => {
    const text = 'a,"b ""q""",c\r\n"x\ny",,z\r"1,2",3,\n4,5,6';
    expect(readAll(text)).toEqual([
      { row: 1, cells: ['a', 'b "q"', 'c'] },
      { row: 2, cells: ['x\ny', '', 'z'] },
      { row: 3, cells: ['1,2', '3', ''] },
      { row: 4, cells: ['4', '5', '6'] },
    ]);
  });

  it('counts blank lines in row numbers but gives no record for them', () => {
    expect(readAll('a\n\nb\n').map((r) => [r.row, r.cells])).toEqual([
      [1, ['a']],
      [3, ['b']],
    ]);
  });

  it('flags text after a closing quote and a quote inside an unquoted cell, and goes on', () => {
    expect(readAll('"a"b,c\nd"e,f\ng,h\n')).toEqual([
      { row: 1, cells: ['a'], problem: 'text-after-quote' },
      { row: 2, cells: ['d"e', 'f'], problem: 'quote-in-field' },
      { row: 3, cells: ['g', 'h'] },
    ]);
  });

  it('stops on a quote never closed, naming its row', () => {
    expect(() => readAll('a\nb\n"c,d\n')).toThrow(/Row 3: a quote/);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'ê', ',', '"', '\n', '\r', ' ') }),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, cuts, lineEnd) => {
          const quote = (c: string) =>
            /[",\r\n]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c;
          const text = rows.map((row) => row.map(quote).join(',')).join(lineEnd) + lineEnd;
          const expected = readAll(text);
          // A record of one empty cell is a blank line: counted, not given.
          expect(expected.map((r) => r.cells)).toEqual(
            rows.filter((row) => row.length > 1 || row[0] !== ''),
          );
          const positions = cuts.map((cut) => cut % (text.length + 1));
          expect(readAll(text, positions)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the delimiter of the header line: comma, semicolon or tab', () => {
    expect(detectDelimiter('Mã hộ;Khu vực;Nguồn nước')).toBe(';');
    expect(detectDelimiter('id\tarea')).toBe('\t');
    expect(detectDelimiter('id,area;x')).toBe(',');
    expect(readAll('a;b\n1;"2;3"\n', [], ';').map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
  });
});

describe('the columns and their cells', () => {
  it('every header names one field: no alias is shared by two fields of a table', () => {
    for (const fields of [HOUSEHOLD_FIELDS, MEMBER_FIELDS]) {
      const keys = fields.flatMap((spec) => [spec.path, ...spec.aliases].map(headerKey));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('headers match whatever the case, the diacritics and the spaces', () => {
    expect(headerKey('  Mã   hộ ')).toBe(headerKey('ma ho'));
    expect(headerKey('Điểm A')).toBe('diem a');
  });

  const spec = (path: string) =>
    [...HOUSEHOLD_FIELDS, ...MEMBER_FIELDS].find((candidate) => candidate.path === path) ??
    HOUSEHOLD_FIELDS[0];
  const value = (cell: string, path: string) => {
    const read = readCell(cell, spec(path) as (typeof HOUSEHOLD_FIELDS)[number]);
    return read.ok ? read.value : `!${read.problem}`;
  };

  it('reads money with groups of three, and nothing else as money', () => {
    expect(value('72.000.000', 'income.annualTotal')).toBe(72_000_000);
    expect(value('72,000,000', 'income.annualTotal')).toBe(72_000_000);
    expect(value('72000000', 'income.annualTotal')).toBe(72_000_000);
    expect(value('72.000', 'income.annualTotal')).toBe(72_000);
    // Passed on for the contract to refuse with its own message: a fraction, mixed groups, words.
    expect(value('1.5', 'income.annualTotal')).toBe(1.5);
    expect(value('72.000,000', 'income.annualTotal')).toBe('72.000,000');
    expect(value('nhiều', 'income.annualTotal')).toBe('nhiều');
  });

  it('reads a decimal comma for quantities, and an empty cell as unknown', () => {
    expect(value('31,5', 'dwelling.floorAreaM2')).toBe(31.5);
    expect(value('31.5', 'dwelling.floorAreaM2')).toBe(31.5);
    // 45.000 is forty-five thousand to a Vietnamese reader and forty-five to an English one.
    expect(value('45.000', 'dwelling.floorAreaM2')).toBe('!ambiguous-number');
    expect(value('  ', 'dwelling.floorAreaM2')).toBeUndefined();
  });

  it('reads yes and no in Vietnamese and English, and refuses anything else', () => {
    for (const yes of ['có', 'Có', 'co', 'true', 'YES', '1', 'x'])
      expect(value(yes, 'healthInsurance')).toBe(true);
    for (const no of ['không', 'Khong', 'false', 'no', '0'])
      expect(value(no, 'healthInsurance')).toBe(false);
    expect(value('maybe', 'healthInsurance')).toBe('!not-yes-or-no');
  });

  it('reads dates day first, as Vietnamese write them, and ISO dates as they are', () => {
    expect(value('15/03/1980', 'birthDate')).toBe('1980-03-15');
    expect(value('5/3/1980', 'birthDate')).toBe('1980-03-05');
    expect(value('03/1980', 'birthDate')).toBe('1980-03');
    expect(value('1980', 'birthDate')).toBe('1980');
    expect(value('1980-03-15', 'birthDate')).toBe('1980-03-15');
    expect(value('March 1980', 'birthDate')).toBe('March 1980');
  });

  it('reads Vietnamese names of some values, lists, and housing supports', () => {
    expect(value('Nữ', 'sex')).toBe('female');
    expect(value('nông thôn', 'area')).toBe('rural');
    expect(value('không bền chắc', 'dwelling.walls')).toBe('non-durable');
    expect(value('Piped', 'water')).toBe('piped');
    expect(value('television; Smartphone', 'devices')).toEqual(['television', 'smartphone']);
    expect(value('-', 'devices')).toEqual([]);
    expect(value('other-state-programme:2019;other', 'earlierHousingSupport')).toEqual([
      { source: 'other-state-programme', year: 2019 },
      { source: 'other' },
    ]);
    expect(value('có', 'dwelling.none')).toBe(true);
    expect(value('không', 'dwelling.none')).toBeUndefined();
  });
});
