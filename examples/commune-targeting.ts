// Targeting in one commune, end to end, on SYNTHETIC households (examples/synthetic-commune.ts):
// who is in each priority group, who is eligible for Project 5 housing support, the ranking of the
// candidates and who is supported within a number of houses, and what three households get on
// either side of 1 December 2025, when the policy-credit rates changed.
//
//   npm run example:targeting            # 12 houses
//   npm run example:targeting -- 30      # 30 houses
import {
  type AssessedHousehold,
  assessPriorityGroups,
  benefitsFor,
  createAssessor,
  formatVnd,
  PROGRAMME_2021_2025,
  type PriorityGroupId,
  parseHousehold,
  rankForHousingSupport,
  selectForSupport,
} from '../src/index';
import { syntheticCommune } from './synthetic-commune';

const ON = '2025-10-01'; // the annual review of 2025
const HOUSES = Number(process.argv[2] ?? 12);
const BANNER = '[DỮ LIỆU GIẢ LẬP · SYNTHETIC DATA]';

const rule = (title: string) => console.log(`\n━━ ${title} ${BANNER}`);

// 1. Check and assess every record.
const records = syntheticCommune(400);
const assess = createAssessor({ on: ON });
const households: AssessedHousehold[] = [];
for (const record of records) {
  const parsed = parseHousehold(record, { on: ON });
  if (!parsed.success) {
    console.log(
      `✗ ${String(record.id)}: ${parsed.issues.map((issue) => issue.message.vi).join('; ')}`,
    );
    continue;
  }
  households.push({ household: parsed.data, assessment: assess(parsed.data) });
}
const count = (status: string) => households.filter((h) => h.assessment.poverty === status).length;
rule(`Xã 05998, ${households.length} hộ, đánh giá ngày ${ON}`);
console.log(
  `hộ nghèo ${count('poor')} · hộ cận nghèo ${count('near-poor')} · không nghèo ${count('neither')} · chưa xác định ${count('undetermined')}`,
);

// 2. Priority groups: households and people, for certain and undetermined.
rule('Nhóm ưu tiên / priority groups');
const inGroup = new Map<PriorityGroupId, string[]>();
const openGroup = new Map<PriorityGroupId, number>();
for (const { household, assessment } of households) {
  const groups = assessPriorityGroups(household, assessment);
  for (const group of groups.inGroups)
    inGroup.set(group, [...(inGroup.get(group) ?? []), household.id as string]);
  for (const group of groups.undeterminedGroups)
    openGroup.set(group, (openGroup.get(group) ?? 0) + 1);
}
for (const group of [
  'poor-ethnic-minority-household',
  'poor-household-with-person-of-merit',
  'woman-in-poor-household',
  'person-with-disability-in-poor-or-near-poor-household',
  'newly-escaped-household',
] as const) {
  const ids = inGroup.get(group) ?? [];
  const open = openGroup.get(group) ?? 0;
  console.log(
    `${group}: ${ids.length} hộ${open > 0 ? ` (+${open} chưa xác định)` : ''}  ${ids.slice(0, 6).join(', ')}${ids.length > 6 ? ', …' : ''}`,
  );
}

// 3. Project 5: eligibility, ranking, and a what-if with the houses the budget allows.
rule('Dự án 5: hỗ trợ nhà ở / Project 5 housing');
const candidates = households.filter(({ assessment }) => assessment.poverty !== 'neither');
const ranking = rankForHousingSupport(candidates);
console.log(
  `${candidates.length} hộ nghèo, cận nghèo hoặc chưa xác định: ${ranking.ranked.length} đủ điều kiện, ${ranking.undetermined.length} chưa xác định, ${ranking.ineligible.length} không đủ điều kiện`,
);
const failures = new Map<string, number>();
for (const { eligibility } of ranking.ineligible) {
  for (const code of eligibility.failed) failures.set(code, (failures.get(code) ?? 0) + 1);
}
for (const [code, n] of [...failures].sort((a, b) => b[1] - a[1]))
  console.log(`  không đạt ${code}: ${n}`);
for (const { householdId, eligibility } of ranking.undetermined) {
  console.log(`  ? ${householdId}: cần ${eligibility.missing.join(', ')}`);
}
console.log(`\nThứ tự ưu tiên (${ranking.tieBreak.join(' → ')}):`);
for (const entry of ranking.ranked.slice(0, 15)) {
  const level = entry.levels.at(-1);
  const why = level?.conditions.at(-1)?.message.vi ?? '';
  const maybe =
    entry.possibleLevels.length > 1
      ? `  (có thể mức ${entry.possibleLevels[0]}: cần ${entry.missing.join(', ')})`
      : '';
  console.log(
    `${String(entry.rank).padStart(3)}. ${entry.householdId}  mức ${entry.level}  ${why}${maybe}`,
  );
}
const selection = selectForSupport(ranking, { houses: HOUSES });
const caps = PROGRAMME_2021_2025.housing.caps.value;
console.log(
  `\nVới ${HOUSES} căn nhà (ngân sách trung ương tối đa ${formatVnd(caps.newHouse)}/căn xây mới, ${formatVnd(caps.repair)}/căn sửa chữa):`,
);
console.log(`  được hỗ trợ: ${selection.supported.map((s) => s.householdId).join(', ')}`);
console.log(
  selection.firstLeftOut
    ? `  hộ đầu tiên chưa được hỗ trợ: ${selection.firstLeftOut.householdId} (hạng ${selection.firstLeftOut.rank}, mức ${selection.firstLeftOut.level})`
    : `  mọi hộ đủ điều kiện đều được hỗ trợ; còn ${selection.housesLeft} căn`,
);
for (const open of selection.undecided) {
  console.log(`  ! ${open.householdId} có thể được hỗ trợ nếu biết: ${open.missing.join(', ')}`);
}

// 4. Benefits of three households, on 30 November and 1 December 2025.
rule('Chính sách được hưởng / benefits, 30/11/2025 và 01/12/2025');
const pickOne = (test: (h: AssessedHousehold) => boolean) => households.find(test);
const three = [
  pickOne((h) => h.assessment.poverty === 'poor'),
  pickOne((h) => h.assessment.poverty === 'near-poor'),
  pickOne(
    (h) => h.assessment.poverty === 'neither' && h.household.previous?.leftOn === '2024-12-16',
  ),
].filter((h): h is AssessedHousehold => h !== undefined);
for (const subject of three) {
  console.log(
    `\n${subject.household.id} (${subject.assessment.category}${subject.household.previous?.leftOn ? `, thoát nghèo ${subject.household.previous.leftOn}` : ''})`,
  );
  for (const day of ['2025-11-30', '2025-12-01']) {
    const result = benefitsFor(subject, { on: day, electricityPricePerKwh: 1984 });
    console.log(`  ${day}:`);
    for (const benefit of result.benefits.filter((b) => b.status !== 'not-entitled')) {
      const needs = benefit.missing.length > 0 ? `  → cần: ${benefit.missing.join(', ')}` : '';
      console.log(`    ${benefit.status === 'entitled' ? '✓' : '?'} ${benefit.message.vi}${needs}`);
    }
  }
}
console.log(`\n${BANNER} Tiền điện tính theo giá bậc 1 giả định 1.984 đồng/kWh.`);
