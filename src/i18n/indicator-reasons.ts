import type { IndicatorReasonCode } from '../indicators/reason-codes';
import type { Message } from './message';

/**
 * Messages for the indicator reason codes. Codes are the stable contract; the wording may improve.
 */
export const INDICATOR_REASONS: Readonly<Record<IndicatorReasonCode, Message>> = {
  'working-age-member-without-decent-work': {
    vi: 'Có thành viên trong độ tuổi lao động thất nghiệp hoặc làm công ăn lương không có hợp đồng lao động.',
    en: 'A member of working age is unemployed or works for a wage without a labour contract.',
  },
  'working-age-members-working': {
    vi: 'Các thành viên trong độ tuổi lao động đều có việc làm phù hợp.',
    en: 'Every member of working age has work that does not deprive.',
  },
  'no-member-of-working-age': {
    vi: 'Hộ không có thành viên trong độ tuổi lao động.',
    en: 'No member is of working age.',
  },
  'work-missing': {
    vi: 'Chưa rõ tình trạng việc làm của thành viên trong độ tuổi lao động.',
    en: 'The work of a member of working age is not recorded.',
  },
  'dependants-over-share': {
    vi: 'Tỷ lệ người phụ thuộc trong hộ vượt mức quy định (50% theo chuẩn quốc gia).',
    en: 'Dependants are a larger share of the household than allowed (half, nationally).',
  },
  'dependants-within-share': {
    vi: 'Tỷ lệ người phụ thuộc trong hộ không vượt mức quy định.',
    en: 'Dependants are not a larger share of the household than allowed.',
  },
  'dependant-status-missing': {
    vi: 'Chưa rõ thành viên có phải người phụ thuộc không (khuyết tật, trợ cấp xã hội hằng tháng).',
    en: 'Whether some members are dependants is not known (disability, monthly social allowance).',
  },
  'child-malnourished': {
    vi: 'Có trẻ em suy dinh dưỡng thấp còi hoặc nhẹ cân.',
    en: 'A child is stunted or underweight.',
  },
  'children-nourished': {
    vi: 'Trẻ em trong hộ không suy dinh dưỡng.',
    en: 'No child is malnourished.',
  },
  'nutrition-missing': {
    vi: 'Chưa rõ tình trạng dinh dưỡng của trẻ em.',
    en: 'A child’s nutrition status is not recorded.',
  },
  'no-child-in-age-range': {
    vi: 'Hộ không có trẻ em trong độ tuổi xét.',
    en: 'No child is in the age range.',
  },
  'member-without-health-insurance': {
    vi: 'Có thành viên trong độ tuổi xét không có bảo hiểm y tế.',
    en: 'A member in the age range has no health insurance.',
  },
  'members-insured': {
    vi: 'Thành viên trong độ tuổi xét đều có bảo hiểm y tế.',
    en: 'Every member in the age range has health insurance.',
  },
  'health-insurance-missing': {
    vi: 'Chưa rõ thành viên có thẻ bảo hiểm y tế không.',
    en: 'Whether a member has health insurance is not recorded.',
  },
  'no-member-in-age-range': {
    vi: 'Hộ không có thành viên trong độ tuổi xét.',
    en: 'No member is in the age range.',
  },
  'adult-without-expected-education': {
    vi: 'Có thành viên không đi học và chưa đạt trình độ giáo dục theo độ tuổi.',
    en: 'A member is not in school and lacks the education expected for their age.',
  },
  'adults-educated-or-in-school': {
    vi: 'Thành viên trong độ tuổi xét đều đang đi học hoặc đã đạt trình độ theo độ tuổi.',
    en: 'Members in the age range are in school or hold the expected education.',
  },
  'adult-education-missing': {
    vi: 'Chưa rõ trình độ giáo dục hoặc tình trạng đi học của thành viên.',
    en: 'A member’s education or school attendance is not recorded.',
  },
  'child-not-at-expected-school': {
    vi: 'Có trẻ em không đi học đúng bậc, cấp học phù hợp với độ tuổi.',
    en: 'A child does not attend school at the level right for their age.',
  },
  'children-at-school': {
    vi: 'Trẻ em trong độ tuổi đều đi học đúng bậc, cấp học.',
    en: 'Children in the age range attend school at the right level.',
  },
  'schooling-missing': {
    vi: 'Chưa rõ tình trạng hoặc cấp học của trẻ em.',
    en: 'A child’s school attendance or level is not recorded.',
  },
  'no-dwelling': { vi: 'Hộ không có nhà ở.', en: 'The household has no dwelling.' },
  'dwelling-non-durable': {
    vi: 'Nhà ở không bền chắc: đủ số kết cấu chính (móng/cột, khung/tường, mái) bằng vật liệu không bền chắc.',
    en: 'The dwelling is non-durable: enough of its main structures (foundation, walls, roof) are non-durable.',
  },
  'dwelling-durable': {
    vi: 'Nhà ở có đủ kết cấu chính bền chắc.',
    en: 'Enough of the dwelling’s main structures are durable.',
  },
  'floor-area-below-minimum': {
    vi: 'Diện tích nhà ở bình quân đầu người dưới mức tối thiểu.',
    en: 'The floor area per person is below the minimum.',
  },
  'floor-area-sufficient': {
    vi: 'Diện tích nhà ở bình quân đầu người đạt mức tối thiểu.',
    en: 'The floor area per person meets the minimum.',
  },
  'water-source-unsafe': {
    vi: 'Hộ không tiếp cận được nguồn nước sinh hoạt an toàn, hợp vệ sinh.',
    en: 'The household has no safe domestic water source.',
  },
  'water-source-safe': {
    vi: 'Hộ dùng nguồn nước sinh hoạt an toàn.',
    en: 'The household uses a safe water source.',
  },
  'latrine-unhygienic': {
    vi: 'Hộ không có nhà tiêu hợp vệ sinh.',
    en: 'The household has no hygienic latrine.',
  },
  'latrine-hygienic': {
    vi: 'Hộ có nhà tiêu hợp vệ sinh.',
    en: 'The household has a hygienic latrine.',
  },
  'no-member-uses-service': {
    vi: 'Không có thành viên nào sử dụng dịch vụ viễn thông mà chuẩn xét (xem các dịch vụ bên dưới).',
    en: 'No member uses the telecommunication services the standard counts (listed below).',
  },
  'member-uses-service': {
    vi: 'Có thành viên sử dụng dịch vụ viễn thông.',
    en: 'A member uses telecommunication services.',
  },
  'service-use-missing': {
    vi: 'Chưa rõ thành viên có sử dụng dịch vụ viễn thông không.',
    en: 'Whether members use telecommunication services is not recorded.',
  },
  'no-information-device': {
    vi: 'Hộ không có phương tiện tiếp cận thông tin.',
    en: 'The household has no means of access to information.',
  },
  'has-information-device': {
    vi: 'Hộ có phương tiện tiếp cận thông tin.',
    en: 'The household has a means of access to information.',
  },
  'hears-loudspeaker': {
    vi: 'Hộ nghe được hệ thống loa truyền thanh xã, thôn.',
    en: 'The household can hear the commune or village loudspeaker.',
  },
  'loudspeaker-missing': {
    vi: 'Chưa rõ hộ có nghe được loa truyền thanh xã, thôn không.',
    en: 'Whether the household can hear the loudspeaker is not recorded.',
  },
  'member-sick-without-care': {
    vi: 'Có thành viên ốm đau không đi khám chữa bệnh.',
    en: 'A member was sick and did not seek care.',
  },
  'no-member-sick-without-care': {
    vi: 'Không có thành viên ốm đau mà không đi khám chữa bệnh.',
    en: 'No member was sick without seeking care.',
  },
  'sick-without-care-missing': {
    vi: 'Chưa rõ thành viên có ốm đau mà không đi khám chữa bệnh không.',
    en: 'Whether a member was sick without care is not recorded.',
  },
  'waste-not-treated': {
    vi: 'Rác thải sinh hoạt của hộ không được xử lý đúng cách.',
    en: 'The household’s waste is not treated adequately.',
  },
  'waste-treated': {
    vi: 'Rác thải sinh hoạt của hộ được xử lý.',
    en: 'The household’s waste is treated.',
  },
  'waste-treatment-missing': {
    vi: 'Chưa rõ cách xử lý rác thải của hộ.',
    en: 'How the household treats its waste is not recorded.',
  },
  'cutoff-unpublished': {
    vi: 'Ngưỡng thiếu hụt của chỉ số chưa được công bố: chỉ giá trị kê khai (phiếu B2) mới quyết định được.',
    en: 'The cut-off of this indicator is not published: only a declared value (form B2) decides it.',
  },
  'declared-deprived': {
    vi: 'Hộ kê khai thiếu hụt chỉ số này trên phiếu B2.',
    en: 'Declared deprived on survey form B2.',
  },
  'declared-not-deprived': {
    vi: 'Hộ kê khai không thiếu hụt chỉ số này trên phiếu B2.',
    en: 'Declared not deprived on survey form B2.',
  },
};
