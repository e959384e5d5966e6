import type { Language } from '../law/format-citation';
import { formatCitation } from '../law/format-citation';
import type { Allocation, UnitAllocation } from './types';

/** Options of {@link formatAllocation}. */
export interface FormatAllocationOptions {
  /** `vi` (default) or `en`. */
  readonly language?: Language;
  /** Also list each unit's points per criterion under it. */
  readonly details?: boolean;
  /** Show at most this many units (the rest are counted); all by default. */
  readonly maxUnits?: number;
}

const WORDS = {
  vi: {
    example: 'VÍ DỤ MINH HOẠ: bảng tiêu chí này không phải quy định của cơ quan nào',
    total: 'Tổng số',
    rounding: 'Làm tròn',
    method: 'số dư lớn nhất; số dư bằng nhau: nhiều điểm hơn trước, rồi mã nhỏ hơn',
    carveOut: 'Trích trước',
    distributed: 'Phân bổ theo tiêu chí',
    points: 'Tổng điểm',
    passes: 'Số vòng điều chỉnh sàn/trần',
    unit: 'Đơn vị',
    unitPoints: 'Điểm',
    share: 'Tỷ lệ',
    byCriteria: 'Theo tiêu chí',
    limit: 'Sàn/trần',
    before: 'Trước làm tròn',
    adjustment: 'Làm tròn',
    amount: 'Số tiền',
    floor: 'sàn',
    cap: 'trần',
    more: 'đơn vị khác không hiển thị',
    basis: 'Căn cứ',
    none: 'không có',
    sum: 'Cộng',
  },
  en: {
    example: 'EXAMPLE: this criteria table is not any authority’s rule',
    total: 'Total',
    rounding: 'Rounding',
    method: 'largest remainders; equal remainders: more points first, then the smaller id',
    carveOut: 'Carved out',
    distributed: 'Split by criteria',
    points: 'Total points',
    passes: 'Floor/cap passes',
    unit: 'Unit',
    unitPoints: 'Points',
    share: 'Share',
    byCriteria: 'By criteria',
    limit: 'Floor/cap',
    before: 'Before rounding',
    adjustment: 'Rounding',
    amount: 'Amount',
    floor: 'floor',
    cap: 'cap',
    more: 'more units not shown',
    basis: 'Basis',
    none: 'none',
    sum: 'Sum',
  },
} as const;

/** Groups the digits of a decimal string: `1234567.5` → `1.234.567,5` (vi) or `1,234,567.5` (en). */
function group(text: string, language: Language): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction] = (negative ? text.slice(1) : text).split('.');
  const thousands = language === 'vi' ? '.' : ',';
  const point = language === 'vi' ? ',' : '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `${point}${fraction}`}`;
}

/** A share (0.123456789) as a percentage with the decimal point moved (12.3456%), cut to 4 decimals. */
const percent = (share: string, language: Language): string => {
  const [whole = '0', fraction = ''] = share.split('.');
  const digits = `${whole}${fraction.padEnd(6, '0').slice(0, 6)}`;
  const text = `${digits.slice(0, -4).replace(/^0+(?=\d)/, '')}.${digits.slice(-4)}`;
  return `${group(text, language)}%`;
};

/**
 * Writes an allocation as a table for a terminal or a report: the total, the rounding, the
 * carve-outs, then each unit's points, share, amount by criteria, floor or cap, amount before
 * rounding, rounding adjustment and amount, Vietnamese first. An example table is labelled as such.
 *
 * @param allocation - a result of {@link allocate}
 * @param options - the language, per-criterion details, how many units to show
 * @returns the table as text, lines joined with `\n`
 *
 * @example
 * ```ts
 * import { allocate, formatAllocation } from 'vn-poverty';
 * const table = {
 *   id: 'poor-only',
 *   title: { vi: 'Theo số hộ nghèo', en: 'By poor households' },
 *   criteria: [{ id: 'poor', label: { vi: 'Hộ nghèo', en: 'Poor households' }, kind: 'count', weight: 1 }],
 * } as const;
 * const result = allocate(100, [{ id: 'a', values: { poor: 1 } }, { id: 'b', values: { poor: 2 } }], table);
 * formatAllocation(result).split('\n')[0]; //=> 'Theo số hộ nghèo (poor-only)'
 * formatAllocation(result, { language: 'en' }).includes('Total: 100 VND'); //=> true
 * ```
 */
export function formatAllocation(
  allocation: Allocation,
  options: FormatAllocationOptions = {},
): string {
  const language = options.language ?? 'vi';
  const w = WORDS[language];
  const money = (amount: number | string) =>
    `${group(String(amount), language)} ${language === 'vi' ? 'đồng' : 'VND'}`;
  const lines: string[] = [`${allocation.tableTitle[language]} (${allocation.tableId})`];
  if (allocation.example) lines.push(`*** ${w.example} ***`);
  if (allocation.basis.length > 0)
    lines.push(
      `${w.basis}: ${allocation.basis.map((c) => formatCitation(c, language)).join('; ')}`,
    );
  lines.push(`${w.total}: ${money(allocation.total)}`);
  lines.push(`${w.rounding}: ${money(allocation.rounding.unit)}; ${w.method}`);
  for (const carveOut of allocation.carveOuts) {
    lines.push(
      `${w.carveOut}: ${carveOut.label[language]}, ${group(String(carveOut.percent), language)}% → ${money(carveOut.amount)}`,
    );
  }
  lines.push(
    `${w.distributed}: ${money(allocation.distributed)}; ${w.points}: ${group(allocation.totalPoints, language)}; ${w.passes}: ${allocation.settlingPasses}`,
  );
  const shown = allocation.units.slice(0, options.maxUnits ?? allocation.units.length);
  const rows = [
    [w.unit, w.unitPoints, w.share, w.byCriteria, w.limit, w.before, w.adjustment, w.amount],
    ...shown.map((unit) => row(unit, language, w)),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length))) ??
    [];
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  lines.push(render(rows[0] ?? []));
  lines.push(widths.map((width) => '─'.repeat(width)).join('  '));
  shown.forEach((unit, index) => {
    lines.push(render(rows[index + 1] ?? []));
    if (options.details === true) {
      for (const criterion of unit.criteria) {
        const coefficients = criterion.coefficients
          .map((c) => ` × ${group(String(c.value), language)} (${c.tableId}: ${c.category})`)
          .join('');
        lines.push(
          `    ${criterion.criterionId}: ${typeof criterion.value === 'number' ? group(String(criterion.value), language) : String(criterion.value)} × ${group(String(criterion.weight), language)}${coefficients} = ${group(criterion.points, language)}`,
        );
      }
    }
  });
  if (shown.length < allocation.units.length)
    lines.push(`… ${allocation.units.length - shown.length} ${w.more}`);
  const sum = allocation.units.reduce((total, unit) => total + unit.amount, 0);
  lines.push(`${w.sum}: ${money(sum)}`);
  return lines.join('\n');
}

function row(unit: UnitAllocation, language: Language, w: (typeof WORDS)[Language]): string[] {
  const limit =
    unit.limit === 'floor'
      ? `${w.floor} ${group(String(unit.floor), language)}`
      : unit.limit === 'cap'
        ? `${w.cap} ${group(String(unit.cap), language)}`
        : '';
  return [
    unit.name === undefined ? unit.id : `${unit.id} ${unit.name}`,
    group(unit.points, language),
    percent(unit.share, language),
    group(unit.criteriaAmount, language),
    limit,
    group(unit.amountBeforeRounding, language),
    group(unit.roundingAdjustment, language),
    group(String(unit.amount), language),
  ];
}
