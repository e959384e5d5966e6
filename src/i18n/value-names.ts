import type { Message } from './message';

/**
 * The values of the household contract's lists, in words, as an officer reads them:
 * "làm công không có hợp đồng lao động", not `wage-without-contract`. A Map, so that a value from
 * the caller's data finds nothing it should not.
 */
export const VALUE_NAMES: ReadonlyMap<string, Message> = new Map(
  Object.entries({
    rural: { vi: 'nông thôn', en: 'rural' },
    urban: { vi: 'thành thị', en: 'urban' },
    male: { vi: 'nam', en: 'male' },
    female: { vi: 'nữ', en: 'female' },
    durable: { vi: 'bền chắc', en: 'durable' },
    'non-durable': { vi: 'không bền chắc', en: 'non-durable' },
    // Water sources.
    piped: { vi: 'nước máy', en: 'piped water' },
    'drilled-well': { vi: 'giếng khoan', en: 'drilled well' },
    'protected-dug-well': { vi: 'giếng đào được bảo vệ', en: 'protected dug well' },
    'unprotected-dug-well': { vi: 'giếng đào không được bảo vệ', en: 'unprotected dug well' },
    'protected-spring': { vi: 'nước khe, mó được bảo vệ', en: 'protected spring' },
    'unprotected-spring': { vi: 'nước khe, mó không được bảo vệ', en: 'unprotected spring' },
    rainwater: { vi: 'nước mưa', en: 'rainwater' },
    bottled: { vi: 'nước đóng chai, bình', en: 'bottled water' },
    'surface-water': { vi: 'nước mặt (sông, suối, ao, hồ)', en: 'surface water' },
    other: { vi: 'khác', en: 'other' },
    // Latrines.
    septic: { vi: 'tự hoại', en: 'septic tank' },
    'semi-septic': { vi: 'bán tự hoại', en: 'semi-septic tank' },
    'pour-flush': { vi: 'dội nước', en: 'pour-flush' },
    'double-vault': { vi: 'hai ngăn', en: 'double-vault composting' },
    'ventilated-pit': { vi: 'chìm có ống thông hơi', en: 'ventilated improved pit' },
    biogas: { vi: 'biogas', en: 'biogas' },
    'simple-pit': { vi: 'hố đào đơn giản', en: 'simple pit' },
    hanging: { vi: 'cầu tõm', en: 'hanging latrine' },
    none: { vi: 'không có', en: 'none' },
    // Devices.
    television: { vi: 'ti vi', en: 'television' },
    radio: { vi: 'đài, radio', en: 'radio' },
    computer: { vi: 'máy tính', en: 'computer' },
    smartphone: { vi: 'điện thoại thông minh', en: 'smartphone' },
    'basic-phone': { vi: 'điện thoại thường', en: 'basic phone' },
    // Waste.
    collected: { vi: 'được thu gom', en: 'collected' },
    composted: { vi: 'ủ phân', en: 'composted' },
    buried: { vi: 'chôn lấp', en: 'buried' },
    burned: { vi: 'đốt', en: 'burned' },
    dumped: { vi: 'vứt bừa bãi', en: 'dumped' },
    // Work.
    'wage-with-contract': { vi: 'làm công có hợp đồng lao động', en: 'wage work with a contract' },
    'wage-without-contract': {
      vi: 'làm công không có hợp đồng lao động',
      en: 'wage work without a contract',
    },
    'self-employed': { vi: 'tự làm', en: 'self-employed' },
    'unpaid-family-work': { vi: 'lao động gia đình không hưởng lương', en: 'unpaid family work' },
    unemployed: { vi: 'thất nghiệp', en: 'unemployed' },
    'not-in-labour-force': {
      vi: 'không tham gia lực lượng lao động',
      en: 'not in the labour force',
    },
    // Nutrition.
    normal: { vi: 'bình thường', en: 'normal' },
    stunted: { vi: 'suy dinh dưỡng thấp còi', en: 'stunted' },
    underweight: { vi: 'suy dinh dưỡng nhẹ cân', en: 'underweight' },
    'stunted-and-underweight': {
      vi: 'suy dinh dưỡng thấp còi và nhẹ cân',
      en: 'stunted and underweight',
    },
    // School levels and qualifications.
    preschool: { vi: 'mầm non', en: 'preschool' },
    primary: { vi: 'tiểu học', en: 'primary' },
    'lower-secondary': { vi: 'trung học cơ sở', en: 'lower-secondary' },
    'upper-secondary': { vi: 'trung học phổ thông', en: 'upper-secondary' },
    vocational: { vi: 'giáo dục nghề nghiệp', en: 'vocational training' },
    higher: { vi: 'cao đẳng, đại học trở lên', en: 'higher education' },
    'vocational-elementary': { vi: 'sơ cấp nghề', en: 'elementary vocational certificate' },
    'vocational-intermediate': { vi: 'trung cấp', en: 'intermediate vocational diploma' },
    college: { vi: 'cao đẳng', en: 'college' },
    university: { vi: 'đại học trở lên', en: 'university' },
    // Services a member may use.
    usesInternet: { vi: 'internet', en: 'the internet' },
    usesPhone: { vi: 'thuê bao điện thoại', en: 'a telephone subscription' },
    // Why a member is a dependant.
    child: { vi: 'trẻ em', en: 'child' },
    elderly: { vi: 'người cao tuổi', en: 'elderly' },
    'elderly-with-allowance': {
      vi: 'người cao tuổi hưởng trợ cấp hằng tháng',
      en: 'elderly with a monthly allowance',
    },
    'disability-with-allowance': {
      vi: 'người khuyết tật hưởng trợ cấp hằng tháng',
      en: 'with a disability and a monthly allowance',
    },
  }),
);

/** A value in words in a language, or the value itself when it has none. */
export function valueName(value: string, language: keyof Message): string {
  return VALUE_NAMES.get(value)?.[language] ?? value;
}
