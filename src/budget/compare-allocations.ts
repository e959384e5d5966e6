import type { Message } from '../i18n/message';
import { LIBRARY_VERSION } from '../version';
import { IssueList, throwIfIssues } from './budget-issues';
import type { Allocation } from './types';

/** One unit under two allocations. */
export interface UnitComparison {
  /** The unit. */
  readonly id: string;
  /** Its name, when given. */
  readonly name?: string;
  /** Its amount under the first allocation, in đồng. */
  readonly before: number;
  /** Its amount under the second, in đồng. */
  readonly after: number;
  /** after − before, in đồng. */
  readonly change: number;
  /** Its share under each table, as the allocations show them. */
  readonly shareBefore: string;
  /** Its share under the second table. */
  readonly shareAfter: string;
}

/** A criteria table's id and name. */
export interface TableName {
  /** The table's id. */
  readonly tableId: string;
  /** Its name. */
  readonly tableTitle: Message;
}

/** The same total under two criteria tables, unit by unit. */
export interface AllocationComparison {
  /** The total both divide, in đồng. */
  readonly total: number;
  /** The first table. */
  readonly before: TableName;
  /** The second table. */
  readonly after: TableName;
  /** The change in what was split by criteria (carve-outs may differ), in đồng. */
  readonly distributedChange: number;
  /** Each unit, in the first allocation's order. */
  readonly units: readonly UnitComparison[];
  /** How many units gain, lose, or keep their amount. */
  readonly counts: {
    /** Units whose amount grows. */
    readonly gaining: number;
    /** Units whose amount falls. */
    readonly losing: number;
    /** Units whose amount stays. */
    readonly unchanged: number;
  };
  /** The version of vn-poverty that made it. */
  readonly libraryVersion: string;
}

const WHAT = { vi: 'Hai phương án phân bổ', en: 'The two allocations' } as const;

/**
 * Compares two allocations of the same total to the same units (so phương án), unit by unit: a
 * what-if of a new criteria table against the current one.
 *
 * @param before - the allocation under the first table (for example the one in force)
 * @param after - the allocation under the second table
 * @returns each unit's amounts and change, and how many gain and lose
 * @throws {@link VnPovertyError} `incomparable-allocations` when the totals or the units differ
 *
 * @example
 * ```ts
 * import { allocate, compareAllocations } from 'vn-poverty';
 * const units = [
 *   { id: 'a', values: { poor: 30, nearPoor: 10 } },
 *   { id: 'b', values: { poor: 10, nearPoor: 50 } },
 * ];
 * const criterion = (id: string, weight: number) => ({ id, label: { vi: id, en: id }, kind: 'count', weight }) as const;
 * const current = allocate(1200, units, { id: 'poor-only', title: { vi: 'Hộ nghèo', en: 'Poor' }, criteria: [criterion('poor', 1), criterion('nearPoor', 0)] });
 * const proposed = allocate(1200, units, { id: 'both', title: { vi: 'Nghèo và cận nghèo', en: 'Poor and near-poor' }, criteria: [criterion('poor', 1), criterion('nearPoor', 1)] });
 * const what = compareAllocations(current, proposed);
 * what.units.map((unit) => [unit.id, unit.before, unit.after, unit.change]); //=> [['a', 900, 480, -420], ['b', 300, 720, 420]]
 * ```
 */
export function compareAllocations(before: Allocation, after: Allocation): AllocationComparison {
  const list = new IssueList();
  if (before.total !== after.total)
    list.add(
      'after.total',
      'different-totals',
      `Hai phương án chia hai tổng khác nhau (${before.total} và ${after.total}).`,
      `The two allocations divide different totals (${before.total} and ${after.total}).`,
    );
  const afterById = new Map(after.units.map((unit) => [unit.id, unit]));
  const beforeIds = new Set(before.units.map((unit) => unit.id));
  for (const unit of before.units) {
    if (!afterById.has(unit.id))
      list.add(
        'after.units',
        'different-units',
        `Đơn vị "${unit.id}" không có trong phương án thứ hai.`,
        `The unit "${unit.id}" is not in the second allocation.`,
      );
  }
  for (const unit of after.units) {
    if (!beforeIds.has(unit.id))
      list.add(
        'before.units',
        'different-units',
        `Đơn vị "${unit.id}" không có trong phương án thứ nhất.`,
        `The unit "${unit.id}" is not in the first allocation.`,
      );
  }
  throwIfIssues('incomparable-allocations', WHAT, list);
  const counts = { gaining: 0, losing: 0, unchanged: 0 };
  const units = before.units.map((unit): UnitComparison => {
    const other = afterById.get(unit.id) as Allocation['units'][number];
    const change = other.amount - unit.amount;
    if (change > 0) counts.gaining++;
    else if (change < 0) counts.losing++;
    else counts.unchanged++;
    return {
      id: unit.id,
      ...(unit.name === undefined ? {} : { name: unit.name }),
      before: unit.amount,
      after: other.amount,
      change,
      shareBefore: unit.share,
      shareAfter: other.share,
    };
  });
  return {
    total: before.total,
    before: { tableId: before.tableId, tableTitle: { ...before.tableTitle } },
    after: { tableId: after.tableId, tableTitle: { ...after.tableTitle } },
    distributedChange: after.distributed - before.distributed,
    units,
    counts,
    libraryVersion: LIBRARY_VERSION,
  };
}
