import {
  type FieldSpec,
  HOUSEHOLD_FIELDS,
  MEMBER_FIELDS,
  MEMBER_HOUSEHOLD_ID,
} from '../input/fields';

/** The cells of a value in its column, as the reader reads them back. */
function cellOf(value: unknown, spec: FieldSpec): string {
  if (value === undefined || value === null) return '';
  if (spec.kind === 'list')
    return (value as readonly string[]).length === 0 ? '-' : (value as string[]).join(';');
  if (spec.kind === 'housing-list') {
    const supports = value as readonly { source: string; year?: number }[];
    if (supports.length === 0) return '-';
    return supports
      .map((s) => (s.year === undefined ? s.source : `${s.source}:${s.year}`))
      .join(';');
  }
  return String(value);
}

function at(record: unknown, path: string): unknown {
  let node = record;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** The columns of the two tables, by their paths, and the `declared.<id>` columns a set of records needs. */
export function tableColumns(records: readonly unknown[]): {
  households: string[];
  members: string[];
} {
  const declared = new Set<string>();
  for (const record of records) {
    const given = at(record, 'declared');
    if (given !== null && typeof given === 'object')
      for (const id of Object.keys(given)) declared.add(id);
  }
  return {
    households: [
      ...HOUSEHOLD_FIELDS.map((spec) => spec.path),
      ...[...declared].sort().map((id) => `declared.${id}`),
    ],
    members: MEMBER_FIELDS.map((spec) => spec.path),
  };
}

const specOf = (fields: readonly FieldSpec[], path: string): FieldSpec =>
  fields.find((spec) => spec.path === path) ?? { path, kind: 'boolean', aliases: [] };

/**
 * A household record as rows of the two tables, the inverse of the reader: one row of cells for
 * the household (in the order of `columns.households`) and one for each member (in the order of
 * `columns.members`, the household id first). Reading the rows back gives the same record.
 */
export function flattenHousehold(
  record: unknown,
  columns: { households: readonly string[]; members: readonly string[] },
): { household: string[]; members: string[][] } {
  const household = columns.households.map((path) =>
    cellOf(at(record, path), specOf(HOUSEHOLD_FIELDS, path)),
  );
  const id = cellOf(at(record, 'id'), specOf(HOUSEHOLD_FIELDS, 'id'));
  const members = ((at(record, 'members') as unknown[] | undefined) ?? []).map((member) =>
    columns.members.map((path) =>
      path === MEMBER_HOUSEHOLD_ID ? id : cellOf(at(member, path), specOf(MEMBER_FIELDS, path)),
    ),
  );
  return { household, members };
}
