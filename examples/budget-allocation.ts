// Splits a provincial programme budget across communes with the library's EXAMPLE criteria table
// and SYNTHETIC communes, then prints the explanation table in Vietnamese and in English, a
// what-if under another table, the counterpart funds and a housing support cost.
import {
  allocate,
  compareAllocations,
  counterpartFunds,
  EXAMPLE_COMMUNE_CRITERIA,
  formatAllocation,
  formatVnd,
  housingSupportCost,
} from '../src/index';
import { syntheticCommunes } from './synthetic-communes';

// The (synthetic) province gives every commune at least 1,000,000,000 đồng and at most
// 4,500,000,000 đồng: the floor and the cap bind for some communes.
const communes = syntheticCommunes(12).map((commune) => ({
  ...commune,
  floor: 1_000_000_000,
  cap: 4_500_000_000,
}));
const total = 25_000_000_000; // 25 billion đồng
console.log('━━ DỮ LIỆU TỔNG HỢP (synthetic data): 12 xã giả định, không phải số liệu thật\n');
const allocation = allocate(total, communes, EXAMPLE_COMMUNE_CRITERIA, {
  roundingUnit: 1_000_000,
  carveOuts: [
    {
      id: 'reserve',
      label: { vi: 'Dự phòng của tỉnh (giả định)', en: 'Provincial reserve (assumed)' },
      percent: 5,
    },
  ],
});
console.log(formatAllocation(allocation, { maxUnits: 12 }));
console.log('\nChi tiết điểm của hai xã đầu (points per criterion, first two communes):');
for (const unit of allocation.units.slice(0, 2)) {
  console.log(`  ${unit.id} ${unit.name ?? ''}: ${unit.points}`);
  for (const criterion of unit.criteria) {
    const coefficients = criterion.coefficients
      .map((c) => ` × ${c.value} (${c.tableId}: ${c.category})`)
      .join('');
    console.log(
      `    ${criterion.criterionId}: ${String(criterion.value)} × ${criterion.weight}${coefficients} = ${criterion.points}`,
    );
  }
}
console.log(`\n━━ English\n${formatAllocation(allocation, { language: 'en', maxUnits: 5 })}`);

// What-if: the same total if near-poor households counted as much as poor ones.
const whatIf = allocate(
  total,
  communes,
  {
    ...EXAMPLE_COMMUNE_CRITERIA,
    id: 'example-near-poor-equal',
    title: {
      vi: 'Ví dụ: hộ cận nghèo tính như hộ nghèo',
      en: 'Example: near-poor counted as poor',
    },
    criteria: EXAMPLE_COMMUNE_CRITERIA.criteria.map((criterion) =>
      criterion.id === 'nearPoorHouseholds' ? { ...criterion, weight: 1 } : criterion,
    ),
  },
  {
    roundingUnit: 1_000_000,
    carveOuts: [{ id: 'reserve', label: { vi: 'Dự phòng', en: 'Reserve' }, percent: 5 }],
  },
);
const compared = compareAllocations(allocation, whatIf);
console.log(
  `\n━━ So sánh phương án (what-if): ${compared.counts.gaining} xã tăng, ${compared.counts.losing} xã giảm, ${compared.counts.unchanged} không đổi`,
);
for (const unit of compared.units.slice(0, 5)) {
  const sign = unit.change > 0 ? '+' : '';
  console.log(
    `  ${unit.id}: ${formatVnd(unit.before)} → ${formatVnd(unit.after)} (${sign}${formatVnd(unit.change)})`,
  );
}

const counterpart = counterpartFunds({
  centralSupport: total,
  dependencePercent: 72.4,
  provinceCode: '19',
  on: '2025-03-01',
});
if (counterpart.status === 'decided') {
  console.log(
    `\n━━ Vốn đối ứng tối thiểu (counterpart funds): ${counterpart.minimumPercent}% = ${formatVnd(counterpart.minimumAmount)}`,
  );
  console.log(`  ${counterpart.reasons[0]?.message.vi}`);
}

const housing = housingSupportCost([
  { id: 'HH-01', work: 'new-house' },
  { id: 'HH-02', work: 'new-house' },
  { id: 'HH-03', work: 'repair' },
]);
console.log(
  `\n━━ Hỗ trợ nhà ở (housing support, central caps): ${housing.counts.newHouse} xây mới, ${housing.counts.repair} sửa chữa = ${formatVnd(housing.totals.all)}`,
);
