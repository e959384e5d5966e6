import type { Message } from '../src/index';

/** The playground's words, Vietnamese first. */
export const WORDS = {
  title: { vi: 'Thử đánh giá một hộ gia đình', en: 'Try the assessment of a household' },
  intro: {
    vi: 'Nhập thông tin của hộ: kết quả được tính ngay trong trình duyệt bằng chính thư viện vn-poverty, từng chỉ số một, có căn cứ pháp lý và những thông tin còn thiếu. Ô để "chưa rõ" là thông tin chưa biết, không bao giờ được coi là "không thiếu hụt". Địa chỉ của trang luôn chứa hộ đang nhập: gửi liên kết để chia sẻ trường hợp.',
    en: 'Enter the household’s facts: the result is computed in your browser by the vn-poverty library itself, indicator by indicator, with the law cited and what is still missing. A box left at "unknown" is a fact not known, never read as "not deprived". The page’s address always holds the household entered: send the link to share the case.',
  },
  otherLanguage: { vi: 'English', en: 'Tiếng Việt' },
  assessment: { vi: 'Đánh giá', en: 'Assessment' },
  referenceDate: { vi: 'Ngày đánh giá', en: 'Reference date' },
  standard: { vi: 'Chuẩn nghèo', en: 'Standard' },
  standardByDate: {
    vi: 'Chuẩn đang có hiệu lực vào ngày đánh giá',
    en: 'The standard in force on the date',
  },
  standardForReview: {
    vi: 'Rà soát hằng năm: chuẩn của năm sau năm rà soát',
    en: 'Annual review: the standard of the year after the review',
  },
  household: { vi: 'Hộ gia đình', en: 'Household' },
  incomeForm: { vi: 'Thu nhập cho dưới dạng', en: 'Income given as' },
  incomeAmount: { vi: 'Số tiền (đồng) hoặc điểm', en: 'Amount (đồng) or score' },
  member: { vi: 'Thành viên', en: 'Member' },
  householdId: { vi: 'Mã hộ', en: 'Household id' },
  memberId: { vi: 'Mã thành viên', en: 'Member id' },
  addMember: { vi: '+ Thêm thành viên', en: '+ Add a member' },
  removeMember: { vi: 'Xoá thành viên này', en: 'Remove this member' },
  unknown: { vi: '— chưa rõ —', en: '— unknown —' },
  yes: { vi: 'có', en: 'yes' },
  no: { vi: 'không', en: 'no' },
  forProgramme: { vi: 'Trả lời cho chương trình', en: 'For the programme' },
  reasons: { vi: 'Lý do', en: 'Why' },
  indicators: { vi: 'Từng chỉ số', en: 'Indicator by indicator' },
  indicator: { vi: 'Chỉ số', en: 'Indicator' },
  status: { vi: 'Kết quả', en: 'Finding' },
  why: { vi: 'Giải thích', en: 'Explanation' },
  basis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  deprived: { vi: 'thiếu hụt', en: 'deprived' },
  notDeprived: { vi: 'không thiếu hụt', en: 'not deprived' },
  unknownStatus: { vi: 'chưa rõ', en: 'unknown' },
  stillMissing: { vi: 'Còn thiếu để kết luận', en: 'Still missing to decide' },
  nothingMissing: {
    vi: 'Không thiếu thông tin nào để kết luận.',
    en: 'No fact is missing to decide.',
  },
  fullText: { vi: 'Toàn văn giải thích', en: 'The whole explanation' },
  asJson: {
    vi: 'Kết quả dạng JSON (cho lập trình viên)',
    en: 'The result as JSON (for developers)',
  },
  needsFacts: {
    vi: 'Chưa đánh giá được: cần bổ sung hoặc sửa các thông tin sau',
    en: 'Not assessed yet: these facts are needed or wrong',
  },
  cannotAssess: { vi: 'Không đánh giá được', en: 'Cannot assess' },
  shareLink: { vi: 'Liên kết đến trường hợp này', en: 'Link to this case' },
  copy: { vi: 'Sao chép', en: 'Copy' },
} as const satisfies Record<string, Message>;

/** A key of {@link WORDS}. */
export type Words = keyof typeof WORDS;
