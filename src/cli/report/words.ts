import type {
  Language,
  Message,
  ProgressStatus,
  TransitionKind,
  UnknownTreatment,
  WeightsSource,
} from '../../index';

/** The report's words, Vietnamese first. */
export const WORDS = {
  synthetic: {
    vi: 'DỮ LIỆU GIẢ LẬP: mọi hộ trong báo cáo này là hộ giả lập, không phải hộ thật; không dùng các số liệu này cho quyết định nào.',
    en: 'SYNTHETIC DATA: every household in this report is invented; no figure here may be used for a decision.',
  },
  syntheticShort: { vi: 'DỮ LIỆU GIẢ LẬP', en: 'SYNTHETIC DATA' },
  standard: { vi: 'Chuẩn áp dụng', en: 'Standard' },
  referenceDate: { vi: 'Ngày đánh giá', en: 'Reference date' },
  records: { vi: 'Bản ghi', en: 'Records' },
  assessed: { vi: 'đánh giá được', en: 'assessed' },
  rejected: { vi: 'bị từ chối', en: 'rejected' },
  weighted: {
    vi: 'Có trọng số mẫu: số ước tính cho toàn bộ dân số đi kèm số hộ trong mẫu.',
    en: 'Survey weights applied: estimates for the whole population beside the sampled counts.',
  },
  generatedBy: { vi: 'Lập bằng vn-poverty', en: 'Made with vn-poverty' },
  totals: { vi: 'Tổng hợp', en: 'Totals' },
  boundsNote: {
    vi: 'Hộ "chưa xác định" thiếu thông tin để phân loại. Cột "tối đa" cộng thêm mọi hộ chưa xác định có thể thuộc loại đó: tỷ lệ thật nằm giữa hai con số.',
    en: 'Undetermined households lack the facts to classify them. "At most" adds every undetermined household that could be in the category: the true rate lies between the two figures.',
  },
  category: { vi: 'Phân loại', en: 'Category' },
  households: { vi: 'Số hộ', en: 'Households' },
  people: { vi: 'Số người', en: 'People' },
  weightedHouseholds: { vi: 'Số hộ (ước tính)', en: 'Households (estimated)' },
  weightedPeople: { vi: 'Số người (ước tính)', en: 'People (estimated)' },
  count: { vi: 'Số chắc chắn', en: 'Surely' },
  atMost: { vi: 'Tối đa', en: 'At most' },
  rate: { vi: 'Tỷ lệ', en: 'Rate' },
  rateAtMost: { vi: 'Tỷ lệ tối đa', en: 'Rate at most' },
  total: { vi: 'Tổng số', en: 'Total' },
  allHouseholds: { vi: 'Mọi hộ', en: 'All households' },
  poorOrNearPoor: { vi: 'Hộ nghèo và hộ cận nghèo', en: 'Poor or near-poor households' },
  byCommune: { vi: 'Theo xã', en: 'By commune' },
  commune: { vi: 'Xã', en: 'Commune' },
  poorRate: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
  poorHouseholds: { vi: 'Hộ nghèo', en: 'Poor households' },
  percentOfGroup: { vi: '% trong nhóm dân cư', en: '% of the population group' },
  nearPoorRate: { vi: 'Tỷ lệ hộ cận nghèo', en: 'Near-poverty rate' },
  poorSurely: { vi: 'Hộ nghèo (chắc chắn)', en: 'Poor (surely)' },
  poorPossibly: { vi: 'Có thể nghèo (chưa xác định)', en: 'Possibly poor (undetermined)' },
  nearPoorSurely: { vi: 'Hộ cận nghèo (chắc chắn)', en: 'Near-poor (surely)' },
  nearPoorPossibly: {
    vi: 'Có thể cận nghèo (chưa xác định)',
    en: 'Possibly near-poor (undetermined)',
  },
  percentAxis: { vi: '% số hộ', en: '% of households' },
  priorityGroups: { vi: 'Nhóm ưu tiên', en: 'Priority groups' },
  group: { vi: 'Nhóm', en: 'Group' },
  inGroup: { vi: 'Số chắc chắn (tối đa)', en: 'Surely (at most)' },
  rateInPopulation: { vi: 'Tỷ lệ trong nhóm dân cư', en: 'Rate in the population group' },
  population: { vi: 'Nhóm dân cư', en: 'Population group' },
  populationUnknown: { vi: 'chưa rõ thuộc nhóm', en: 'membership unknown' },
  toldBy: { vi: 'Xác định', en: 'Told by' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  profile: { vi: 'Thiếu hụt dịch vụ xã hội cơ bản', en: 'Deprivation profile' },
  profileNote: {
    vi: 'Tỷ lệ hộ thiếu hụt từng chỉ số, trong số mọi hộ và trong số hộ nghèo. "Chưa rõ" là hộ thiếu thông tin của chỉ số đó, không bao giờ được tính là không thiếu hụt.',
    en: 'Share of households deprived on each indicator, among all households and among the poor. "Unknown" households lack a fact of that indicator; they are never counted as not deprived.',
  },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  deprivedAll: { vi: 'Thiếu hụt (mọi hộ)', en: 'Deprived (all)' },
  unknownAll: { vi: 'Chưa rõ (mọi hộ)', en: 'Unknown (all)' },
  deprivedPoor: { vi: 'Thiếu hụt (hộ nghèo)', en: 'Deprived (poor)' },
  deprivedNearPoor: { vi: 'Thiếu hụt (hộ cận nghèo)', en: 'Deprived (near-poor)' },
  alkireFoster: {
    vi: 'Chỉ số nghèo đa chiều (Alkire-Foster)',
    en: 'Multidimensional poverty index (Alkire-Foster)',
  },
  headcount: { vi: 'H: tỷ lệ nghèo đa chiều', en: 'H: headcount ratio' },
  intensity: { vi: 'A: mức độ thiếu hụt bình quân', en: 'A: intensity' },
  m0: { vi: 'M0 = H × A', en: 'M0 = H × A' },
  standardError: { vi: 'sai số chuẩn', en: 'standard error' },
  cutoff: { vi: 'Ngưỡng k', en: 'Cut-off k' },
  unknownTreatment: { vi: 'Chỉ số chưa rõ', en: 'Unknown values' },
  weightsFrom: { vi: 'Trọng số chỉ số', en: 'Indicator weights' },
  countedHouseholds: { vi: 'Hộ được tính', en: 'Households counted' },
  excluded: { vi: 'bị loại vì thiếu thông tin', en: 'excluded for missing facts' },
  weight: { vi: 'Trọng số', en: 'Weight' },
  uncensored: { vi: 'Thiếu hụt (mọi hộ)', en: 'Uncensored headcount' },
  censored: { vi: 'Thiếu hụt và nghèo', en: 'Censored headcount' },
  contribution: { vi: 'Đóng góp vào M0', en: 'Contribution to M0' },
  populationShare: { vi: 'Tỷ trọng dân số', en: 'Population share' },
  byCommuneM0: { vi: 'Phân rã theo xã', en: 'By commune' },
  transitions: {
    vi: 'Biến động so với kỳ rà soát trước',
    en: 'Transitions from the previous review',
  },
  previousReview: { vi: 'Kỳ trước', en: 'Previous review' },
  transition: { vi: 'Biến động', en: 'Transition' },
  previousRejected: {
    vi: 'bản ghi kỳ trước bị từ chối',
    en: 'records of the previous review rejected',
  },
  targets: { vi: 'Tiến độ thực hiện mục tiêu', en: 'Progress against the targets' },
  targetsNote: {
    vi: 'Số liệu của báo cáo tính trên các hộ chắc chắn thuộc loại (không tính hộ chưa xác định); năm của một kỳ rà soát là năm của ngày đánh giá.',
    en: 'The report’s figures count the households surely in a category (never the undetermined); a review’s year is that of its reference date.',
  },
  target: { vi: 'Mục tiêu', en: 'Target' },
  band: { vi: 'Khoảng', en: 'Band' },
  values: { vi: 'Số liệu', en: 'Figures' },
  achieved: { vi: 'Đạt được', en: 'Achieved' },
  status: { vi: 'Tình trạng', en: 'Status' },
  needed: { vi: 'Cần mỗi năm', en: 'Needed a year' },
  withoutFigures: { vi: 'Chưa có số liệu cho các mục tiêu', en: 'No figures for the targets' },
  noTargets: { vi: 'Không có mục tiêu nào có số liệu.', en: 'No target has figures.' },
  rejectedRecords: { vi: 'Bản ghi bị từ chối', en: 'Rejected records' },
  rejectedNote: {
    vi: 'Các bản ghi này không được tính vào số liệu nào; sửa và chạy lại. Chỉ hiện tối đa 20 bản ghi đầu.',
    en: 'These records are in no figure; correct them and run again. At most the first 20 are shown.',
  },
  row: { vi: 'Bản ghi số (từ 0)', en: 'Record (from 0)' },
  place: { vi: 'Vị trí (tệp:dòng)', en: 'Place (file:row)' },
  householdId: { vi: 'Mã hộ', en: 'Household id' },
  problems: { vi: 'Lỗi', en: 'Problems' },
  none: { vi: 'Không có', en: 'None' },
  points: { vi: 'điểm %', en: 'points' },
  perYear: { vi: '/năm', en: ' a year' },
  share: { vi: 'Tỷ lệ', en: 'Share' },
  language: { vi: 'vi', en: 'en' },
} as const satisfies Record<string, Message>;

/** The transitions between two reviews, in words. */
export const TRANSITION_LABELS: Readonly<Record<TransitionKind, Message>> = {
  'stayed-poor': { vi: 'Vẫn nghèo', en: 'Stayed poor' },
  'poor-to-near-poor': { vi: 'Nghèo → cận nghèo', en: 'Poor to near-poor' },
  'escaped-poverty': { vi: 'Thoát nghèo', en: 'Escaped poverty' },
  'near-poor-to-poor': { vi: 'Cận nghèo → nghèo', en: 'Near-poor to poor' },
  'stayed-near-poor': { vi: 'Vẫn cận nghèo', en: 'Stayed near-poor' },
  'escaped-near-poverty': { vi: 'Thoát cận nghèo', en: 'Escaped near-poverty' },
  'newly-poor': { vi: 'Nghèo phát sinh', en: 'Newly poor' },
  'newly-near-poor': { vi: 'Cận nghèo phát sinh', en: 'Newly near-poor' },
  'fell-back-into-poverty': { vi: 'Tái nghèo', en: 'Fell back into poverty' },
  'fell-back-into-near-poverty': { vi: 'Tái cận nghèo', en: 'Fell back into near-poverty' },
  'stayed-neither': { vi: 'Không nghèo cả hai kỳ', en: 'Neither, both reviews' },
  'moved-in': { vi: 'Chuyển đến', en: 'Moved in' },
  'moved-out': { vi: 'Chuyển đi', en: 'Moved out' },
  undetermined: { vi: 'Chưa xác định', en: 'Undetermined' },
};

/** The statuses of a target, in words. */
export const STATUS_LABELS: Readonly<Record<ProgressStatus, Message>> = {
  'no-data': { vi: 'chưa đủ số liệu', en: 'not enough figures' },
  'on-track': { vi: 'đúng tiến độ', en: 'on track' },
  'off-track': { vi: 'chậm tiến độ', en: 'off track' },
  met: { vi: 'đạt', en: 'met' },
  'not-met': { vi: 'không đạt', en: 'not met' },
};

/** The treatments of unknown values in Alkire-Foster, in words. */
export const UNKNOWN_TREATMENT_LABELS: Readonly<Record<UnknownTreatment, Message>> = {
  exclude: { vi: 'loại hộ khỏi phép tính', en: 'household left out' },
  'not-deprived': { vi: 'tính là không thiếu hụt', en: 'counted as not deprived' },
  deprived: { vi: 'tính là thiếu hụt', en: 'counted as deprived' },
};

/** Where Alkire-Foster's indicator weights came from, in words. */
export const WEIGHTS_SOURCE_LABELS: Readonly<Record<WeightsSource, Message>> = {
  services: {
    vi: 'mỗi dịch vụ cùng trọng số, chia đều cho các chỉ số của nó',
    en: 'each service weighs the same, shared equally by its indicators',
  },
  equal: { vi: 'mọi chỉ số cùng trọng số', en: 'every indicator weighs the same' },
  caller: { vi: 'trọng số do người dùng đặt', en: 'the caller’s weights' },
};

/** The report's words in one language: `t('totals')`. */
export const wordsIn =
  (language: Language) =>
  (key: keyof typeof WORDS): string =>
    WORDS[key][language];

/** What a report counts: households, or people (the women of a priority group). */
export type CountUnit = 'households' | 'people';

const UNIT_WORDS: Readonly<Record<CountUnit, { vi: string; en: readonly [string, string] }>> = {
  households: { vi: 'hộ', en: ['household', 'households'] },
  people: { vi: 'người', en: ['person', 'people'] },
};

/** The unit after a count: `hộ`; in English singular for exactly one (`1 household`). */
export function unitWord(unit: CountUnit, count: number, language: Language): string {
  const words = UNIT_WORDS[unit];
  return language === 'vi' ? words.vi : words.en[count === 1 ? 0 : 1];
}
