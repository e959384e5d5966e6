import type { Message } from './message';

/**
 * The names of the household contract's fields and of the figures that results carry, in
 * Vietnamese and English, as an officer reads them: "ngày sinh", not `birthDate`. A Map, so that
 * a key from the caller's data (`__proto__`, `constructor`) finds nothing.
 */
export const FIELD_NAMES: ReadonlyMap<string, Message> = new Map(
  Object.entries({
    // The household record.
    id: { vi: 'mã', en: 'id' },
    area: { vi: 'khu vực (nông thôn/thành thị)', en: 'area (rural/urban)' },
    location: { vi: 'địa bàn', en: 'location' },
    provinceCode: { vi: 'mã tỉnh', en: 'province code' },
    communeCode: { vi: 'mã xã', en: 'commune code' },
    village: { vi: 'thôn, xóm', en: 'village' },
    income: { vi: 'thu nhập', en: 'income' },
    annualTotal: { vi: 'tổng thu nhập 12 tháng', en: 'income over 12 months' },
    monthlyPerCapita: {
      vi: 'thu nhập bình quân đầu người/tháng',
      en: 'monthly income per person',
    },
    proxyScore: { vi: 'điểm A (phiếu B1)', en: 'score A (form B1)' },
    members: { vi: 'danh sách thành viên', en: 'members' },
    sex: { vi: 'giới tính', en: 'sex' },
    birthDate: { vi: 'ngày sinh', en: 'birth date' },
    ethnicity: { vi: 'dân tộc', en: 'ethnic group' },
    relation: { vi: 'quan hệ với chủ hộ', en: 'relation to the head' },
    work: { vi: 'tình trạng việc làm', en: 'work' },
    disability: { vi: 'mức độ khuyết tật', en: 'disability' },
    monthlySocialAllowance: {
      vi: 'trợ cấp xã hội hằng tháng',
      en: 'monthly social allowance',
    },
    healthInsurance: { vi: 'thẻ bảo hiểm y tế', en: 'health-insurance card' },
    nutrition: { vi: 'tình trạng dinh dưỡng', en: 'nutrition' },
    schooling: { vi: 'tình trạng đi học', en: 'schooling' },
    'schooling.level': { vi: 'cấp học đang theo học', en: 'school level attended' },
    attending: { vi: 'đang đi học', en: 'attending school' },
    level: { vi: 'cấp học', en: 'school level' },
    qualification: { vi: 'bằng cấp cao nhất', en: 'highest qualification' },
    qualifications: { vi: 'các văn bằng, chứng chỉ', en: 'qualifications held' },
    employerCertifiedTraining: {
      vi: 'đào tạo nghề tại nơi làm việc',
      en: 'training certified by the employer',
    },
    usesInternet: { vi: 'sử dụng internet', en: 'uses the internet' },
    usesPhone: { vi: 'sử dụng thuê bao điện thoại', en: 'uses a telephone subscription' },
    meritorious: { vi: 'người có công với cách mạng', en: 'person of merit to the revolution' },
    sickWithoutCare: {
      vi: 'ốm đau không đi khám chữa bệnh',
      en: 'sick without seeking care',
    },
    maternity: { vi: 'mang thai, nuôi con bằng sữa mẹ', en: 'pregnant or breastfeeding' },
    dwelling: { vi: 'nhà ở', en: 'dwelling' },
    none: { vi: 'không có nhà ở', en: 'no dwelling' },
    foundation: { vi: 'móng, cột nhà', en: 'foundation or columns' },
    walls: { vi: 'khung, tường nhà', en: 'frame or walls' },
    roof: { vi: 'mái nhà', en: 'roof' },
    floorAreaM2: { vi: 'diện tích nhà ở (m²)', en: 'floor area (m²)' },
    water: { vi: 'nguồn nước sinh hoạt', en: 'water source' },
    latrine: { vi: 'nhà tiêu', en: 'latrine' },
    devices: { vi: 'thiết bị thông tin', en: 'information devices' },
    hearsLoudspeaker: { vi: 'nghe được loa truyền thanh', en: 'hears the loudspeaker' },
    wasteTreatment: { vi: 'xử lý rác thải', en: 'waste treatment' },
    declared: { vi: 'chỉ số kê khai (phiếu B2)', en: 'declared indicators (form B2)' },
    previous: {
      vi: 'tình trạng được công nhận trước đây',
      en: 'earlier recognised status',
    },
    category: { vi: 'phân loại hộ', en: 'category' },
    policyYear: { vi: 'năm áp dụng chính sách', en: 'policy year' },
    since: { vi: 'từ ngày', en: 'since' },
    leftOn: { vi: 'ngày ra khỏi diện', en: 'left the status on' },
    poorDistrict: { vi: 'huyện nghèo', en: 'poor district' },
    poorCommune: { vi: 'xã nghèo', en: 'poor commune' },
    extremelyDifficultCommune: { vi: 'xã đặc biệt khó khăn', en: 'extremely difficult commune' },
    extremelyDifficultCoastalBorderIslandCommune: {
      vi: 'xã đặc biệt khó khăn vùng bãi ngang, ven biển, biên giới, hải đảo',
      en: 'extremely difficult coastal, border or island commune',
    },
    oftenHitByDisasters: {
      vi: 'vùng thường xuyên bị thiên tai',
      en: 'area often hit by natural disasters',
    },
    formedOn: { vi: 'ngày tách hộ (thành lập hộ)', en: 'date the household was formed' },
    earlierHousingSupport: {
      vi: 'hỗ trợ nhà ở đã nhận trước đây',
      en: 'earlier housing support',
    },
    source: { vi: 'nguồn hỗ trợ nhà ở', en: 'source of housing support' },
    year: { vi: 'năm được hỗ trợ', en: 'year of support' },
    agriculturalHousehold: {
      vi: 'hộ làm nông, lâm, ngư, diêm nghiệp',
      en: 'agricultural, forestry, fishery or salt household',
    },
    // The figures an indicator compared (`IndicatorResult.values`).
    memberCount: { vi: 'số thành viên', en: 'members' },
    areaPerMemberM2: {
      vi: 'diện tích bình quân (m²/người, làm tròn 0,01)',
      en: 'area per person (m², rounded to 0.01)',
    },
    minimumM2PerMember: { vi: 'mức tối thiểu (m²/người)', en: 'minimum (m² per person)' },
    minimumFloorAreaM2: {
      vi: 'diện tích tối thiểu của hộ (m²)',
      en: 'minimum for the household (m²)',
    },
    membersInScope: { vi: 'số thành viên trong diện xét', en: 'members in scope' },
    minimumAge: { vi: 'từ tuổi', en: 'from age' },
    fromAge: { vi: 'từ tuổi', en: 'from age' },
    underAge: { vi: 'dưới tuổi', en: 'under age' },
    dependants: { vi: 'số người phụ thuộc', en: 'dependants' },
    undetermined: { vi: 'số thành viên chưa rõ', en: 'members undetermined' },
    shareAbove: { vi: 'thiếu hụt khi tỷ lệ vượt', en: 'deprived above the share' },
    dependant: { vi: 'người phụ thuộc vì', en: 'dependant as' },
    nonDurable: { vi: 'kết cấu không bền chắc', en: 'non-durable structures' },
    minimumNonDurable: {
      vi: 'số kết cấu không bền chắc tối thiểu',
      en: 'non-durable structures that deprive',
    },
    services: { vi: 'dịch vụ', en: 'services' },
    ageBand: { vi: 'nhóm tuổi', en: 'age band' },
    qualifying: { vi: 'văn bằng đạt yêu cầu', en: 'qualifying qualifications' },
    schoolAge: { vi: 'tuổi theo năm học', en: 'school age' },
    expectedLevel: { vi: 'cấp học phù hợp với tuổi', en: 'level expected for the age' },
  }),
);

/** A field's name in a language, or the key itself when it has none. */
export function fieldName(key: string, language: keyof Message): string {
  return FIELD_NAMES.get(key)?.[language] ?? key;
}
