import { deepFreeze } from '../util/deep-freeze';
import type { CriteriaTable } from './types';

/**
 * A worked EXAMPLE criteria table for dividing a province's programme funds among its communes:
 * poor and near-poor households weighted by an area coefficient, the share of ethnic-minority
 * households, extremely difficult communes, and population. It is an illustration of the shape a
 * People's Council resolution takes, not any province's rule: its `example` flag is `true`, and
 * every allocation and table made with it says so.
 *
 * @remarks No province's coefficient table was found (Thái Nguyên's
 * Resolution 02/2022/NQ-HĐND, tables not found). Use a province's own table for real allocations.
 *
 * @example
 * ```ts
 * import { EXAMPLE_COMMUNE_CRITERIA, allocate } from 'vn-poverty';
 * EXAMPLE_COMMUNE_CRITERIA.example; //=> true
 * const result = allocate(3000000000, [
 *   { id: 'A', values: { poorHouseholds: 200, nearPoorHouseholds: 100, ethnicMinorityShare: 0.5, extremelyDifficult: true, population: 5000 }, categories: { area: 'highland' } },
 *   { id: 'B', values: { poorHouseholds: 100, nearPoorHouseholds: 100, ethnicMinorityShare: 0, extremelyDifficult: false, population: 5000 }, categories: { area: 'lowland' } },
 * ], EXAMPLE_COMMUNE_CRITERIA, { roundingUnit: 1000000 });
 * // A: 200 × 1.5 + 100 × 0.5 × 1.5 + 0.5 × 100 + 50 + 5000 × 0.01 = 525 points; B: 100 + 50 + 0 + 0 + 50 = 200.
 * result.units.map((unit) => unit.points); //=> ['525', '200']
 * result.units.map((unit) => unit.amount); //=> [2172000000, 828000000]
 * ```
 */
export const EXAMPLE_COMMUNE_CRITERIA: CriteriaTable = deepFreeze({
  id: 'example-commune-criteria',
  title: {
    vi: 'Ví dụ minh hoạ: bảng tiêu chí phân bổ vốn cho các xã',
    en: 'Example: criteria for dividing funds among communes',
  },
  example: true,
  basis: [
    {
      kind: 'specification',
      number: 'vn-poverty example',
      grade: 'U',
      note: 'an illustration made for the library; no authority adopted it',
    },
  ],
  criteria: [
    {
      id: 'poorHouseholds',
      label: { vi: 'Số hộ nghèo', en: 'Poor households' },
      kind: 'count',
      weight: 1,
      coefficients: ['area'],
    },
    {
      id: 'nearPoorHouseholds',
      label: { vi: 'Số hộ cận nghèo', en: 'Near-poor households' },
      kind: 'count',
      weight: 0.5,
      coefficients: ['area'],
    },
    {
      id: 'ethnicMinorityShare',
      label: { vi: 'Tỷ lệ hộ dân tộc thiểu số', en: 'Share of ethnic-minority households' },
      kind: 'rate',
      weight: 100,
    },
    {
      id: 'extremelyDifficult',
      label: { vi: 'Xã đặc biệt khó khăn', en: 'Extremely difficult commune' },
      kind: 'flag',
      weight: 50,
    },
    {
      id: 'population',
      label: { vi: 'Dân số', en: 'Population' },
      kind: 'count',
      weight: 0.01,
    },
  ],
  coefficients: [
    {
      id: 'area',
      label: { vi: 'Hệ số vùng', en: 'Area coefficient' },
      values: { lowland: 1, midland: 1.2, highland: 1.5 },
    },
  ],
});
