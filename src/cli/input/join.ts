import { inputError } from '../cli-error';
import type { TableRow } from './table';

/**
 * What the join of the two tables gives, in the order of the households table: a household row
 * with its members' rows, a household row that cannot be joined (no id, or an id already seen),
 * or a member row whose household is not in the households table.
 */
export type Joined =
  | { readonly kind: 'household'; readonly household: TableRow; readonly members: TableRow[] }
  | { readonly kind: 'no-id'; readonly household: TableRow }
  | {
      readonly kind: 'duplicate';
      readonly household: TableRow;
      readonly id: string;
      readonly firstRow: number;
    }
  | { readonly kind: 'orphan'; readonly member: TableRow; readonly householdId: string };

/** How many member rows may wait for their household before the order is refused. */
export const WAITING_MEMBER_ROWS = 100_000;
/**
 * How many groups of members of households still to come are read, looking for a household's
 * members, before it is taken to have none.
 */
const MEMBER_GROUPS_AHEAD = 1_000;
/** How far ahead in the households table a member's household is looked for. */
const LOOKAHEAD_HOUSEHOLDS = 10_000;

/** Rows one at a time from batches, loading the next batch only when one is used up. */
class Rows {
  private batch: TableRow[] = [];
  private at = 0;
  private ended = false;

  constructor(private readonly source: AsyncIterator<TableRow[]>) {}

  /** The next row, `null` at the end, or `undefined` when the next batch must be loaded first. */
  take(): TableRow | null | undefined {
    if (this.at < this.batch.length) return this.batch[this.at++] as TableRow;
    return this.ended ? null : undefined;
  }

  /** Puts back the row last taken. */
  untake(): void {
    this.at--;
  }

  async load(): Promise<void> {
    const next = await this.source.next();
    if (next.done) this.ended = true;
    else {
      this.batch = next.value;
      this.at = 0;
    }
  }

  async next(): Promise<TableRow | null> {
    for (;;) {
      const row = this.take();
      if (row !== undefined) return row;
      await this.load();
    }
  }
}

const keyOf = (row: TableRow, index: number): string => (row.cells[index] ?? '').trim();

/**
 * Joins the households table and the members table by household id, streaming: a household's
 * members are the rows with its id, which must come together (one after another). When the
 * members come in the households' order, as surveys export them, nothing waits; members that come
 * earlier than their household wait for it (up to {@link WAITING_MEMBER_ROWS} rows). A household
 * with no member rows is given none (and is then refused for it); member rows whose household id
 * is not in the households table come out as orphans, at the end. Members of a household that
 * come after its household was assessed (split in two places, or far out of order) stop the run:
 * assessing the household without them would be wrong.
 */
export class TableJoin {
  private readonly households: Rows;
  private readonly members: Rows;
  /** Household rows read ahead, not yet joined, and how many of each id among them. */
  private readonly ahead: TableRow[] = [];
  private aheadAt = 0;
  private readonly aheadIds = new Map<string, number>();
  /** Member rows read before their household came, by household id. */
  private readonly waiting = new Map<string, TableRow[]>();
  private waitingRows = 0;
  /** Each household id joined, and its row. */
  private readonly joined = new Map<string, number>();

  constructor(
    households: AsyncIterator<TableRow[]>,
    members: AsyncIterator<TableRow[]>,
    private readonly householdKey: number,
    private readonly memberKey: number,
    private readonly sources: { households: string; members: string },
  ) {
    this.households = new Rows(households);
    this.members = new Rows(members);
  }

  /** The joined rows, in batches, in the order of the households table; orphans last. */
  async *batches(): AsyncGenerator<Joined[]> {
    let out: Joined[] = [];
    for (;;) {
      const household = await this.nextHousehold();
      if (household === null) break;
      await this.joinOne(household, out);
      if (out.length >= 1000) {
        yield out;
        out = [];
      }
    }
    await this.orphans(out);
    if (out.length > 0) yield out;
  }

  private async nextHousehold(): Promise<TableRow | null> {
    if (this.aheadAt < this.ahead.length) {
      const row = this.ahead[this.aheadAt++] as TableRow;
      const id = keyOf(row, this.householdKey);
      const left = (this.aheadIds.get(id) ?? 1) - 1;
      if (left === 0) this.aheadIds.delete(id);
      else this.aheadIds.set(id, left);
      if (this.aheadAt === this.ahead.length) {
        this.ahead.length = 0;
        this.aheadAt = 0;
      }
      return row;
    }
    return this.households.next();
  }

  private async joinOne(household: TableRow, out: Joined[]): Promise<void> {
    const id = keyOf(household, this.householdKey);
    if (id === '') {
      out.push({ kind: 'no-id', household });
      return;
    }
    const firstRow = this.joined.get(id);
    if (firstRow !== undefined) {
      out.push({ kind: 'duplicate', household, id, firstRow });
      return;
    }
    let members = this.waiting.get(id);
    if (members !== undefined) {
      this.waiting.delete(id);
      this.waitingRows -= members.length;
    } else members = await this.find(id, out);
    // Joined from now on: any member row of it still to come is out of place.
    this.joined.set(id, household.row);
    out.push({ kind: 'household', household, members });
  }

  /**
   * Reads member rows until the group of `id`, or evidence that it has none: the end of the table,
   * or the groups of {@link MEMBER_GROUPS_AHEAD} households still to come (in a table in the
   * households' order, the very next group would have been this household's).
   */
  private async find(id: string, out: Joined[]): Promise<TableRow[]> {
    let groupsAhead = 0;
    for (;;) {
      const group = await this.nextGroup(out);
      if (group === null) return [];
      if (group.id === id) return group.rows;
      this.wait(group.id, group.rows);
      if ((await this.isAhead(group.id)) && ++groupsAhead >= MEMBER_GROUPS_AHEAD) return [];
    }
  }

  /** The next run of member rows with one household id; rows without an id are orphans at once. */
  private async nextGroup(out: Joined[]): Promise<{ id: string; rows: TableRow[] } | null> {
    let first = await this.members.next();
    while (first !== null && keyOf(first, this.memberKey) === '') {
      out.push({ kind: 'orphan', member: first, householdId: '' });
      first = await this.members.next();
    }
    if (first === null) return null;
    const id = keyOf(first, this.memberKey);
    const rows = [first];
    for (;;) {
      const row = this.members.take();
      if (row === undefined) {
        await this.members.load();
        continue;
      }
      if (row === null) break;
      if (keyOf(row, this.memberKey) !== id) {
        this.members.untake();
        break;
      }
      rows.push(row);
    }
    this.checkNotLate(id, rows[0] as TableRow);
    return { id, rows };
  }

  private checkNotLate(id: string, row: TableRow): void {
    const householdRow = this.joined.get(id);
    if (householdRow === undefined) return;
    const { households, members } = this.sources;
    throw inputError(
      `${members}, dòng ${row.row}: thành viên của hộ "${id}" nằm tách khỏi các thành viên khác của hộ, sau khi hộ (${households}, dòng ${householdRow}) đã được đánh giá. Thành viên của một hộ phải nằm liền nhau, theo thứ tự các hộ trong bảng hộ: hãy sắp xếp bảng thành viên theo bảng hộ.`,
      `${members}, row ${row.row}: a member of household "${id}" is apart from the household's other members, after the household (${households}, row ${householdRow}) was assessed. A household's members must come together, in the order of the households table: sort the members table by the households table.`,
    );
  }

  private wait(id: string, rows: TableRow[]): void {
    const earlier = this.waiting.get(id);
    if (earlier === undefined) this.waiting.set(id, rows);
    else earlier.push(...rows);
    this.waitingRows += rows.length;
    if (this.waitingRows > WAITING_MEMBER_ROWS) {
      const { households, members } = this.sources;
      throw inputError(
        `${members}: hơn ${WAITING_MEMBER_ROWS} dòng thành viên đang chờ hộ của mình: bảng thành viên không theo thứ tự của bảng hộ (${households}), hoặc nhiều dòng có mã hộ không có trong bảng hộ. Hãy sắp xếp bảng thành viên theo thứ tự các hộ.`,
        `${members}: more than ${WAITING_MEMBER_ROWS} member rows are waiting for their household: the members table is not in the order of the households table (${households}), or many rows name a household id that is not there. Sort the members table in the households' order.`,
      );
    }
  }

  /** Whether a household id is among the next household rows (read ahead as needed). */
  private async isAhead(id: string): Promise<boolean> {
    if (this.aheadIds.has(id)) return true;
    while (this.ahead.length - this.aheadAt < LOOKAHEAD_HOUSEHOLDS) {
      const row = await this.households.next();
      if (row === null) return false;
      this.ahead.push(row);
      const key = keyOf(row, this.householdKey);
      this.aheadIds.set(key, (this.aheadIds.get(key) ?? 0) + 1);
      if (key === id) return true;
    }
    return false;
  }

  /** Member rows left when every household is joined: their household is not in the table. */
  private async orphans(out: Joined[]): Promise<void> {
    const left: Joined[] = [];
    for (const [householdId, rows] of this.waiting)
      for (const member of rows) left.push({ kind: 'orphan', member, householdId });
    this.waiting.clear();
    for (;;) {
      const group = await this.nextGroup(out);
      if (group === null) break;
      for (const member of group.rows) left.push({ kind: 'orphan', member, householdId: group.id });
    }
    const rowOf = (item: Joined) => (item.kind === 'orphan' ? item.member.row : 0);
    left.sort((a, b) => rowOf(a) - rowOf(b));
    out.push(...left);
  }
}
