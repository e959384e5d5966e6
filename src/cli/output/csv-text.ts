const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Whether a cell must be quoted: it holds a comma, a quote or a line break. */
function needsQuotes(value: string): boolean {
  // A scan of char codes: cheaper than a regular expression on the short cells of a row.
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === QUOTE || code === COMMA || code === LF || code === CR) return true;
  }
  return false;
}

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return needsQuotes(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A row as a CSV line, with its line break; numbers are written as `String` writes them. */
export function csvLine(cells: readonly (string | number)[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(String(cells[i]));
  }
  return `${line}\n`;
}

/**
 * The byte-order mark that CSV outputs begin with: without it, Excel opens UTF-8 as an old code
 * page and Vietnamese letters come out garbled. The command's reader passes over it.
 */
export const BOM = '\uFEFF';
