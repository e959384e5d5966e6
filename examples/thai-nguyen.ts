// npm run example:thai-nguyen
//
// Replays the logic of Thái Nguyên's 2024 poverty-reduction plan (Plan 85/KH-UBND) on SYNTHETIC
// data: a seeded sample of about 20,000 invented households standing for a province of 340,000
// (examples/thai-nguyen-synthetic.ts). It assesses two annual reviews, counts poor and near-poor
// households by commune and for the plan's priority groups, builds the Alkire-Foster table,
// follows each household from one review to the next, measures what the 2027 standard would
// change, and checks progress against the national and provincial targets. No figure printed
// here is Thái Nguyên's: only the magnitudes follow the published ones.
import {
  type AssessedHousehold,
  type AssessManyItem,
  alkireFoster,
  assessMany,
  type CategoryFigures,
  compareReviews,
  compareStandards,
  DECISION_90_TARGETS,
  defineStandard,
  deprivationMatrix,
  deprivationProfile,
  ND07_2021,
  ND351_2025,
  type Standard,
  standardForReview,
  summarize,
  type Tally,
  THAI_NGUYEN_TARGETS,
  TRANSITION_KINDS,
  type TransitionKind,
  targetProgress,
  type YearFigures,
} from '../src/index';
import { SYNTHETIC_COMMUNES, syntheticReview, weightOfCommune } from './thai-nguyen-synthetic';

const SYNTHETIC = '[DỮ LIỆU GIẢ LẬP / SYNTHETIC DATA]';

// ── formatting ──────────────────────────────────────────────────────────────────────────────
const whole = (value: number) => Math.round(value).toLocaleString('vi-VN');
const percent = (rate: number | null, digits = 2) =>
  rate === null
    ? '–'
    : `${(rate * 100).toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })}%`;
const decimal = (value: number | null) =>
  value === null
    ? '–'
    : value.toLocaleString('vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4 });
const points = (value: number | null) =>
  value === null
    ? '–'
    : `${value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} điểm %`;
const row = (cells: readonly string[], widths: readonly number[]) =>
  `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')}`;
const rule = (widths: readonly number[]) => `  ${widths.map((w) => '─'.repeat(w)).join('  ')}`;

function section(title: string): void {
  console.log(`\n━━ ${title} ${SYNTHETIC}`);
}

/** A rate with its bounds when undetermined households leave it open. */
function withBounds(tally: Tally): string {
  return tally.rate === tally.rateAtMost
    ? percent(tally.rate)
    : `${percent(tally.rate)} (≤ ${percent(tally.rateAtMost)})`;
}

// ── the plan's groups, as the example reads them from household facts ───────────────────────
// The library's priority groups (src/targeting) are being encoded separately; until then this
// example groups with its own key functions over the household facts, and says so.
const head = ({ household }: AssessedHousehold) =>
  household.members.find((member) => member.relation === 'head') ?? household.members[0];
const isEthnicMinority = (item: AssessedHousehold) => head(item)?.ethnicity !== 'Kinh';
const hasPersonOfMerit = ({ household }: AssessedHousehold) =>
  household.members.some((member) => member.meritorious === true);
const women = ({ household }: AssessedHousehold) =>
  household.members.filter((member) => member.sex === 'female').length;
const weight = ({ household }: AssessedHousehold) =>
  weightOfCommune(household.location?.communeCode);
const communeName = (code: unknown) =>
  SYNTHETIC_COMMUNES.find((commune) => commune.code === code)?.name ?? String(code);

// ── 1. the two reviews ──────────────────────────────────────────────────────────────────────
function review(year: 2023 | 2024): { items: AssessManyItem[]; standard: Standard } {
  // The annual review held in year Y classifies households for Y + 1 with that year's standard.
  const standard = standardForReview(year);
  const items = [...assessMany(syntheticReview(year), { on: `${year}-10-01`, standard })];
  return { items, standard };
}

console.log('vn-poverty: Thái Nguyên, kế hoạch giảm nghèo 2024 / the 2024 poverty-reduction plan');
console.log(`${SYNTHETIC} Mọi hộ dưới đây đều là hộ giả lập, không phải hộ thật của Thái Nguyên.`);
console.log('Every household below is invented; only the magnitudes follow the published figures.');

const previous = review(2023);
const current = review(2024);
const assessed = current.items.filter(
  (item): item is AssessManyItem & AssessedHousehold => item.success,
);

section('1. Rà soát 2024 / The 2024 review');
const rejected = current.items.filter((item) => !item.success);
console.log(
  `  ${whole(current.items.length)} bản ghi / records: ${whole(assessed.length)} đánh giá được / assessed, ` +
    `${whole(rejected.length)} bị từ chối / rejected (chuẩn / standard ${current.standard.id})`,
);
for (const item of rejected.slice(0, 2)) {
  if (item.success) continue;
  const first = item.issues[0];
  console.log(`  ✗ #${item.index} ${item.householdId ?? ''} ${first?.path}: ${first?.message.vi}`);
}

// ── 2. rates, by commune and for the priority groups ────────────────────────────────────────
section('2. Tỷ lệ hộ nghèo, cận nghèo / Poverty rates, weighted to the province');
const summary = summarize(current.items, { by: 'commune', weight });
const province = summary.weightedHouseholds as CategoryFigures;
console.log(`  Tổng số hộ (ước tính) / households (estimated): ${whole(province.total)}`);
console.log(
  `  Hộ nghèo / poor:                 ${whole(province.poor.count).padStart(7)}  ${withBounds(province.poor)}`,
);
console.log(
  `  Hộ cận nghèo / near-poor:        ${whole(province.nearPoor.count).padStart(7)}  ${withBounds(province.nearPoor)}`,
);
console.log(
  `  Nghèo + cận nghèo / both:        ${whole(province.poorOrNearPoor.count).padStart(7)}  ${withBounds(province.poorOrNearPoor)}`,
);
console.log(
  `  Chưa xác định / undetermined:    ${whole(summary.households.undetermined.count).padStart(7)} hộ mẫu / sampled households`,
);
console.log(
  '  (Published 2024: 2.04% poor, 2.30% near-poor. The bound "≤" counts every undetermined household that could be poor.)',
);

const communeWidths = [20, 9, 10, 12, 12];
console.log(
  `\n${row(['Xã / commune', 'mẫu/sample', 'hộ / hh', 'nghèo/poor', 'cận/near'], communeWidths)}`,
);
console.log(rule(communeWidths));
for (const group of summary.groups) {
  const figures = group.weightedHouseholds as CategoryFigures;
  console.log(
    row(
      [
        communeName(group.key),
        whole(group.households.total),
        whole(figures.total),
        percent(figures.poor.rate),
        percent(figures.nearPoor.rate),
      ],
      communeWidths,
    ),
  );
}

console.log(
  '\n  Nhóm ưu tiên của kế hoạch / the plan’s priority groups (grouped by this example’s own key functions):',
);
const minority = summarize(assessed, { by: isEthnicMinority, weight });
const minorityPoor = minority.groups.find((group) => group.key === true)?.weightedHouseholds;
const share = (minorityPoor?.poor.count ?? 0) / province.poor.count;
console.log(
  `  • Hộ nghèo DTTS / poor ethnic-minority households: ${whole(minorityPoor?.poor.count ?? 0)} ` +
    `(${percent(share, 1)} of the poor; poverty rate among ethnic-minority households ${percent(minorityPoor?.poor.rate ?? null)})`,
);
const merit = summarize(assessed, { by: hasPersonOfMerit, weight }).groups.find(
  (group) => group.key === true,
);
console.log(
  `  • Hộ nghèo có người có công / poor households with a person of merit: ${whole(merit?.weightedHouseholds?.poor.count ?? 0)}`,
);
const womenSummary = summarize(assessed, { people: women, weight });
console.log(
  `  • Phụ nữ thuộc hộ nghèo / women in poor households: ${whole(womenSummary.weightedPeople?.poor.count ?? 0)}`,
);

// ── 3. the deprivation profile of the poor ──────────────────────────────────────────────────
section('3. Thiếu hụt của hộ nghèo / What the poor lack');
const profile = deprivationProfile(assessed, { weight });
const labels = new Map(
  current.standard.indicators.map((indicator) => [indicator.id, indicator.label.vi]),
);
const profileWidths = [40, 12, 12];
console.log(row(['Chỉ số / indicator', 'hộ nghèo', 'mọi hộ / all'], profileWidths));
console.log(rule(profileWidths));
for (const indicator of [...profile.indicators].sort(
  (a, b) => (b.poor.shares?.deprived ?? 0) - (a.poor.shares?.deprived ?? 0),
)) {
  console.log(
    row(
      [
        labels.get(indicator.id) ?? indicator.id,
        percent(indicator.poor.shares?.deprived ?? null, 1),
        percent(indicator.all.shares?.deprived ?? null, 1),
      ],
      profileWidths,
    ),
  );
}

// ── 4. Alkire-Foster ────────────────────────────────────────────────────────────────────────
section('4. Chỉ số nghèo đa chiều Alkire-Foster / The Alkire-Foster table');
const matrix = deprivationMatrix(current.items, { weight, by: 'commune' });
const af = alkireFoster(matrix, { k: '1/3', unknown: 'exclude' });
const se = (value: number | null) => (value === null ? '–' : `± ${percent(value)}`);
console.log(
  `  k = ${af.k.exact}; 6 dịch vụ cùng trọng số / 6 services of equal weight; chưa rõ: loại / unknowns: ${af.unknown}`,
);
console.log(`  H  = ${percent(af.headcountRatio)} ${se(af.standardErrors.headcountRatio)}`);
console.log(`  A  = ${percent(af.intensity)}`);
console.log(
  `  M0 = ${decimal(af.adjustedHeadcountRatio)} ± ${decimal(af.standardErrors.adjustedHeadcountRatio)}`,
);
console.log(
  `  ${whole(af.population.excluded)} hộ mẫu bị loại vì thiếu thông tin / sampled households excluded for unknown facts`,
);
const afWidths = [40, 6, 10, 12];
console.log(`\n${row(['Chỉ số / indicator', 'w', 'censored', 'share of M0'], afWidths)}`);
console.log(rule(afWidths));
for (const indicator of af.indicators) {
  console.log(
    row(
      [
        labels.get(indicator.id) ?? indicator.id,
        indicator.weight.exact,
        percent(indicator.censoredHeadcountRatio),
        percent(indicator.contribution, 1),
      ],
      afWidths,
    ),
  );
}
const topCommunes = [...af.groups]
  .sort((a, b) => (b.contribution ?? 0) - (a.contribution ?? 0))
  .slice(0, 4);
console.log('\n  Đóng góp vào M0 theo xã / contribution to M0 by commune (largest four):');
for (const group of topCommunes) {
  console.log(
    `    ${communeName(group.key).padEnd(20)} dân số / population ${percent(group.populationShare, 1).padStart(6)}  M0 ${decimal(group.adjustedHeadcountRatio)}  đóng góp / share ${percent(group.contribution, 1)}`,
  );
}

// ── 5. from one review to the next ──────────────────────────────────────────────────────────
section('5. Biến động hộ nghèo 2023 → 2024 / Transitions between the reviews');
const transitions = compareReviews(previous.items, current.items, { weight });
const names: Record<TransitionKind, string> = {
  'stayed-poor': 'vẫn nghèo / stayed poor',
  'poor-to-near-poor': 'nghèo → cận nghèo / poor to near-poor',
  'escaped-poverty': 'thoát nghèo / escaped poverty',
  'near-poor-to-poor': 'cận nghèo → nghèo / near-poor to poor',
  'stayed-near-poor': 'vẫn cận nghèo / stayed near-poor',
  'escaped-near-poverty': 'thoát cận nghèo / escaped near-poverty',
  'newly-poor': 'nghèo phát sinh / newly poor',
  'newly-near-poor': 'cận nghèo phát sinh / newly near-poor',
  'fell-back-into-poverty': 'tái nghèo / fell back into poverty',
  'fell-back-into-near-poverty': 'tái cận nghèo / fell back into near-poverty',
  'stayed-neither': 'không nghèo cả hai năm / neither, both years',
  'moved-in': 'chuyển đến / moved in',
  'moved-out': 'chuyển đi / moved out',
  undetermined: 'chưa xác định / undetermined',
};
for (const kind of TRANSITION_KINDS) {
  const counts = transitions.counts[kind];
  if (counts.households === 0) continue;
  console.log(
    `  ${names[kind].padEnd(46)} ${whole(counts.weight ?? 0).padStart(8)} hộ (${whole(counts.households)} mẫu / sampled)`,
  );
}
const escaped = transitions.transitions.find((t) => t.escapedOn !== undefined);
console.log(
  `  Mỗi hộ thoát nghèo mang ngày rà soát / each escape carries its date: ${escaped?.householdId} on ${escaped?.escapedOn}`,
);

// ── 6. what the 2027 standard would change ──────────────────────────────────────────────────
section('6. Chuẩn 2027–2030 / What the 2027–2030 standard would change');
const households = assessed.map((item) => item.household);
const move = (to: Standard) =>
  compareStandards(households, {
    on: '2024-10-01',
    from: ND07_2021,
    to,
    weight: ({ household }) => weightOfCommune(household.location?.communeCode),
    alkireFoster: { k: '1/3', unknown: 'not-deprived' },
  });
const POVERTY: Record<string, string> = {
  poor: 'nghèo / poor',
  'near-poor': 'cận nghèo / near-poor',
  neither: 'không / neither',
  undetermined: 'chưa rõ / undetermined',
};
const showMove = (title: string, to: Standard) => {
  const comparison = move(to);
  const before = comparison.before.weightedHouseholds as CategoryFigures;
  const after = comparison.after.weightedHouseholds as CategoryFigures;
  console.log(`  ${title}`);
  console.log(`    hộ nghèo / poor:       ${withBounds(before.poor)} → ${withBounds(after.poor)}`);
  console.log(
    `    cận nghèo / near-poor: ${withBounds(before.nearPoor)} → ${withBounds(after.nearPoor)}`,
  );
  console.log(
    `    M0 (k = 1/3, chưa rõ tính là không thiếu hụt / unknowns as not deprived): ` +
      `${decimal(comparison.alkireFoster.before.adjustedHeadcountRatio)} → ${decimal(comparison.alkireFoster.after.adjustedHeadcountRatio)}`,
  );
  // The programme's question is poor, near-poor or neither: count the moves between those.
  const moved = comparison.changed.filter((changed) => changed.fromPoverty !== changed.toPoverty);
  const moves = new Map<string, number>();
  const causes = new Map<string, number>();
  for (const changed of moved) {
    const key = `${POVERTY[changed.fromPoverty]} → ${POVERTY[changed.toPoverty]}`;
    moves.set(key, (moves.get(key) ?? 0) + 1);
    for (const cause of changed.causes) {
      if (
        cause.kind === 'indicator' &&
        (cause.from === 'not-deprived' || cause.to === 'not-deprived')
      )
        continue;
      const name =
        cause.kind === 'indicator'
          ? `${cause.id}: ${cause.from} → ${cause.to}`
          : cause.kind === 'income'
            ? 'chuẩn thu nhập / the income lines'
            : 'quy tắc / the rule';
      causes.set(name, (causes.get(name) ?? 0) + 1);
    }
  }
  console.log(
    `    ${whole(moved.length)} hộ mẫu đổi tình trạng nghèo / sampled households change poverty status:`,
  );
  for (const [key, count] of [...moves].sort((a, b) => b[1] - a[1])) {
    console.log(`      ${key.padEnd(48)} ${whole(count).padStart(6)}`);
  }
  console.log('    vì / because of (a household may have several causes):');
  for (const [cause, count] of [...causes].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    console.log(`      ${cause.padEnd(48)} ${whole(count).padStart(6)}`);
  }
};
showMove(
  'Nghị định 351/2025/NĐ-CP như đã công bố / Decree 351 as published (unknown cut-offs stay unknown):',
  ND351_2025,
);
// A what-if, not the law: the cut-offs that no source publishes, filled in to see their weight.
const assumed = defineStandard(ND351_2025, {
  id: 'example-nd351-assumed-cutoffs',
  title: { vi: 'Giả định ngưỡng còn thiếu (ví dụ)', en: 'Assumed missing cut-offs (example)' },
  indicators: {
    update: {
      digitalServices: { rule: { kind: 'member-uses', services: ['usesInternet'] } },
      wasteTreatment: {
        rule: { kind: 'waste-treatment', adequate: ['collected', 'composted', 'buried'] },
      },
    },
  },
});
showMove(
  'Giả định (không phải luật) / what-if, not the law: digital services read as internet use (waste is not in these records):',
  assumed,
);

// ── 7. progress against the targets ─────────────────────────────────────────────────────────
section('7. Tiến độ mục tiêu / Progress against the targets');
function figures(year: number, items: readonly AssessManyItem[]): YearFigures {
  const all = summarize(items, { weight }).weightedHouseholds as CategoryFigures;
  const byMinority = summarize(items, { weight, by: isEthnicMinority }).groups.find(
    (group) => group.key === true,
  )?.weightedHouseholds;
  return {
    year,
    figures: {
      'poverty-rate': { count: all.poor.count, total: all.total },
      'ethnic-minority-poverty-rate': {
        count: byMinority?.poor.count ?? 0,
        total: byMinority?.total ?? 1,
      },
      'poor-or-near-poor-households': { value: Math.round(all.poorOrNearPoor.count) },
    },
  };
}
const targets = [
  ...DECISION_90_TARGETS.filter((target) =>
    ['poverty-rate', 'ethnic-minority-poverty-rate'].includes(target.measure),
  ),
  ...THAI_NGUYEN_TARGETS,
];
for (const progress of targetProgress(
  [figures(2023, previous.items), figures(2024, current.items)],
  targets,
)) {
  const { target } = progress;
  console.log(`  ${target.title.vi}`);
  console.log(
    `    (${target.basis.kind} ${target.basis.number}, grade ${target.basis.grade}) → ${progress.status}`,
  );
  if (progress.kind === 'yearly-fall' && progress.achieved !== null) {
    const unit =
      target.unit === 'percent'
        ? points(progress.achieved.fallPerYear)
        : `${whole(progress.achieved.fallPerYear)} hộ / households`;
    const needed =
      progress.neededFallPerYear === null
        ? ''
        : `; cần / needed from now: ${target.unit === 'percent' ? points(progress.neededFallPerYear) : whole(progress.neededFallPerYear)} a year`;
    console.log(
      `    giảm / fall ${progress.achieved.fromYear}→${progress.achieved.toYear}: ${unit} (${progress.achieved.position} the band)${needed}`,
    );
  }
}
console.log(`\n${SYNTHETIC} Kết thúc ví dụ / end of the example.`);
