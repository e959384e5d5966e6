import { type Source, visitAll } from './iterate';
import { type DeprivationMatrixOptions, MatrixBuilder } from './matrix-builder';
import { checkOptions } from './options';
import { assessedItem, isRejected } from './population';
import type { DeprivationMatrix, PopulationItem } from './types';

/**
 * Writes assessed households into a deprivation matrix (ma trận thiếu hụt) for `alkireFoster`:
 * one byte per household and indicator, with each indicator's service, and optionally survey
 * weights and subgroups.
 *
 * @remarks The statuses are copied from each assessment as codes (0 not deprived, 1 deprived,
 * 2 unknown), so the assessments need not be kept: a stream of a million households becomes a
 * 12-megabyte matrix. Rejected records have no row and are counted in `rejectedRecords`. Every
 * assessment must be of one standard. Over an async iterable it returns a promise.
 *
 * @param items - assessed households (and rejected records), such as `assessMany` yields
 * @param options - `weight` a survey weight per household, `by` each household's subgroup
 * @returns the {@link DeprivationMatrix}
 * @throws {@link VnPovertyError} `mixed-standards`, `invalid-survey-weight`,
 * `invalid-group-key`, `invalid-options`, `not-iterable`
 *
 * @example
 * ```ts
 * import { alkireFoster, assessMany, deprivationMatrix } from 'vn-poverty';
 * const record = {
 *   id: 'HH-1', area: 'rural', income: { annualTotal: 90000000 },
 *   members: [{ id: 'a', sex: 'female', birthDate: '1980', ethnicity: 'Kinh', healthInsurance: true,
 *     usesInternet: true, work: 'self-employed', disability: 'none', monthlySocialAllowance: false }],
 *   dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 30 },
 *   water: 'surface-water', latrine: 'simple-pit', devices: ['radio'],
 * };
 * const matrix = deprivationMatrix(assessMany([record], { on: '2024-06-01' }));
 * matrix.indicatorIds.length; //=> 12
 * Array.from(matrix.statuses).filter((code) => code === 1).length; //=> 2
 * // 6 services of equal weight: water and sanitation are one service, so the score is 1/6.
 * alkireFoster(matrix, { k: '1/6', unknown: 'exclude' }).headcountRatio; //=> 1
 * ```
 */
export function deprivationMatrix(
  items: Iterable<PopulationItem>,
  options?: DeprivationMatrixOptions,
): DeprivationMatrix;
export function deprivationMatrix(
  items: AsyncIterable<PopulationItem>,
  options?: DeprivationMatrixOptions,
): Promise<DeprivationMatrix>;
export function deprivationMatrix(
  items: Source<PopulationItem>,
  options: DeprivationMatrixOptions = {},
): DeprivationMatrix | Promise<DeprivationMatrix> {
  checkOptions(options, { weight: 'function', by: 'grouping' }, 'deprivationMatrix');
  const builder = new MatrixBuilder(options);
  return visitAll(
    items,
    'items',
    (item, index) => {
      if (isRejected(item)) builder.reject();
      else builder.add(assessedItem(item, index), index);
    },
    () => builder.matrix(),
  );
}
