// Building HTML as text: every piece of data goes through `escapeHtml` or `jsonForScript`, so a
// household id or commune name such as "</script><script>…" stays text.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe to put in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * JSON to put in a `<script type="application/json">` element: `<` written `\u003c` so that no
 * value can end the element, and the line separators that some parsers refuse escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A cell: text (escaped here), and optionally the raw number it shows, for readers and tests. */
export interface Cell {
  readonly text: string;
  readonly value?: number | null;
  readonly figure?: string;
  readonly className?: string;
}

export type CellInput = string | Cell;

function cell(input: CellInput, tag: 'td' | 'th'): string {
  const c = typeof input === 'string' ? { text: input } : input;
  const attributes = [
    c.className === undefined ? '' : ` class="${escapeHtml(c.className)}"`,
    c.figure === undefined ? '' : ` data-figure="${escapeHtml(c.figure)}"`,
    c.value === undefined || c.value === null ? '' : ` data-value="${c.value}"`,
  ].join('');
  return `<${tag}${attributes}>${escapeHtml(c.text)}</${tag}>`;
}

/** A table with a header row; the first cell of each row is a row header. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly CellInput[])[],
  id?: string,
): string {
  // A column of numbers has its heading on the right, above them.
  const numeric = (i: number) => {
    const first = rows[0]?.[i];
    return typeof first === 'object' && first.className === 'number';
  };
  const head = `<thead><tr>${headers
    .map((h, i) => cell(numeric(i) ? { text: h, className: 'number' } : h, 'th'))
    .join('')}</tr></thead>`;
  const body = rows
    .map((row) => `<tr>${row.map((c, i) => cell(c, i === 0 ? 'th' : 'td')).join('')}</tr>`)
    .join('\n');
  const idAttribute = id === undefined ? '' : ` id="${escapeHtml(id)}"`;
  return `<div class="table"><table${idAttribute}>${head}<tbody>${body}</tbody></table></div>`;
}
