import { assessMany, type PopulationItem } from '../../src/index';
import { record, type Shape } from '../measure/helpers';

/**
 * Two small reviews of real assessments for the report's tests (nd07-2021, rural: poverty line
 * 1,500,000 a month per person, middle band up to 2,250,000; poor needs 3 or more deprivations).
 *
 * The review of 2024-06-01, by hand:
 *
 * | id | commune | monthly   | members | deprived        | category                      |
 * | A1 | X01     | 1,000,000 | 4       | 4               | poor                          |
 * | A2 | X01     | 1,000,000 | 2       | 1               | near-poor                     |
 * | A3 | X01     | 3,000,000 | 3       | 0               | not poor                      |
 * | A4 | X02     | 1,400,000 | 5       | 3               | poor                          |
 * | A5 | X02     | 2,000,000 | 4       | 0               | middle                        |
 * | A6 | X02     | 1,200,000 | 3       | 2 + 1 unknown   | undetermined: poor or near-poor |
 *
 * and one record that cannot be assessed (no income, members…). Households: 6; poor 2, at most 3
 * (A6); near-poor 1, at most 2; poor or near-poor 4; middle 1; not poor 1; undetermined 1.
 * People: 21; in poor households 9, at most 12.
 */
export const CURRENT_ON = '2024-06-01';
export const PREVIOUS_ON = '2023-06-01';

type Extra = { readonly head?: string; readonly merit?: boolean };

function withFacts(shape: Shape & Extra): Record<string, unknown> {
  const raw = record(shape);
  const members = (raw.members as Record<string, unknown>[]).map((member, i) => ({
    ...member,
    ...(i === 0 && shape.head !== undefined ? { relation: 'head', ethnicity: shape.head } : {}),
    ...(shape.merit === undefined ? {} : { meritorious: i === 0 && shape.merit }),
  }));
  return { ...raw, members };
}

export const CURRENT_RECORDS: readonly unknown[] = [
  withFacts({
    id: 'A1',
    commune: 'X01',
    monthly: 1_000_000,
    members: 4,
    deprived: 4,
    head: 'Tày',
    women: 2,
    merit: true,
  }),
  withFacts({
    id: 'A2',
    commune: 'X01',
    monthly: 1_000_000,
    members: 2,
    deprived: 1,
    head: 'Kinh',
    women: 1,
    merit: false,
  }),
  withFacts({
    id: 'A3',
    commune: 'X01',
    monthly: 3_000_000,
    members: 3,
    deprived: 0,
    head: 'Kinh',
    merit: false,
  }),
  withFacts({
    id: 'A4',
    commune: 'X02',
    monthly: 1_400_000,
    members: 5,
    deprived: 3,
    head: 'Mông',
    women: 3,
  }),
  withFacts({
    id: 'A5',
    commune: 'X02',
    monthly: 2_000_000,
    members: 4,
    deprived: 0,
    head: 'Tày',
    merit: false,
  }),
  withFacts({
    id: 'A6',
    commune: 'X02',
    monthly: 1_200_000,
    members: 3,
    deprived: 2,
    unknown: true,
    head: 'Kinh',
    women: 1,
    merit: false,
  }),
  { id: 'BAD', area: 'rural' },
];

/**
 * The review of 2023-06-01: A1 poor (stays poor), A2 poor (to near-poor), A3 poor (escapes),
 * A4 not poor (newly poor), A6 not poor (undetermined now), B9 poor (moved out); A5 moved in.
 */
export const PREVIOUS_RECORDS: readonly unknown[] = [
  withFacts({ id: 'A1', commune: 'X01', monthly: 1_000_000, members: 4, deprived: 4 }),
  withFacts({ id: 'A2', commune: 'X01', monthly: 1_000_000, members: 2, deprived: 4 }),
  withFacts({ id: 'A3', commune: 'X01', monthly: 1_000_000, members: 3, deprived: 3 }),
  withFacts({ id: 'A4', commune: 'X02', monthly: 3_000_000, members: 5, deprived: 0 }),
  withFacts({ id: 'A6', commune: 'X02', monthly: 3_000_000, members: 3, deprived: 0 }),
  withFacts({ id: 'B9', commune: 'X02', monthly: 1_000_000, members: 2, deprived: 5 }),
];

/** The current review's items, as `assessMany` yields them. */
export const currentItems = (): PopulationItem[] => [
  ...assessMany(CURRENT_RECORDS, { on: CURRENT_ON }),
];

/** The previous review's items. */
export const previousItems = (): PopulationItem[] => [
  ...assessMany(PREVIOUS_RECORDS, { on: PREVIOUS_ON }),
];
