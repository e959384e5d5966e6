/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A row as a CSV line, with its line break. */
export const csvLine = (cells: readonly string[]): string => `${cells.map(csvCell).join(',')}\n`;

/**
 * The byte-order mark that CSV outputs begin with: without it, Excel opens UTF-8 as an old code
 * page and Vietnamese letters come out garbled. The command's reader passes over it.
 */
export const BOM = '\uFEFF';
