import { type Message, message } from '../i18n/message';

/** Vietnamese names of the contract's fields, so that an officer reads "ngày sinh", not a key. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'mã',
  area: 'khu vực (nông thôn/thành thị)',
  location: 'địa bàn',
  provinceCode: 'mã tỉnh',
  communeCode: 'mã xã',
  village: 'thôn, xóm',
  income: 'thu nhập',
  annualTotal: 'tổng thu nhập 12 tháng',
  monthlyPerCapita: 'thu nhập bình quân đầu người/tháng',
  proxyScore: 'điểm A (phiếu B1)',
  members: 'danh sách thành viên',
  sex: 'giới tính',
  birthDate: 'ngày sinh',
  ethnicity: 'dân tộc',
  relation: 'quan hệ với chủ hộ',
  work: 'tình trạng việc làm',
  disability: 'mức độ khuyết tật',
  monthlySocialAllowance: 'trợ cấp xã hội hằng tháng',
  healthInsurance: 'thẻ bảo hiểm y tế',
  nutrition: 'tình trạng dinh dưỡng',
  schooling: 'tình trạng đi học',
  attending: 'đang đi học',
  level: 'cấp học',
  qualification: 'bằng cấp cao nhất',
  employerCertifiedTraining: 'đào tạo nghề tại nơi làm việc',
  usesInternet: 'sử dụng internet',
  usesPhone: 'sử dụng thuê bao điện thoại',
  meritorious: 'người có công với cách mạng',
  sickWithoutCare: 'ốm đau không đi khám chữa bệnh',
  dwelling: 'nhà ở',
  none: 'không có nhà ở',
  foundation: 'móng, cột nhà',
  walls: 'khung, tường nhà',
  roof: 'mái nhà',
  floorAreaM2: 'diện tích nhà ở (m²)',
  water: 'nguồn nước sinh hoạt',
  latrine: 'nhà tiêu',
  devices: 'thiết bị thông tin',
  hearsLoudspeaker: 'nghe được loa truyền thanh',
  wasteTreatment: 'xử lý rác thải',
  declared: 'chỉ số kê khai (phiếu B2)',
  previous: 'tình trạng được công nhận trước đây',
  category: 'phân loại hộ',
  policyYear: 'năm áp dụng chính sách',
  since: 'từ ngày',
  leftOn: 'ngày ra khỏi diện',
  maternity: 'mang thai, nuôi con bằng sữa mẹ',
  poorDistrict: 'huyện nghèo',
  poorCommune: 'xã nghèo',
  extremelyDifficultCommune: 'xã đặc biệt khó khăn',
  extremelyDifficultCoastalBorderIslandCommune:
    'xã đặc biệt khó khăn vùng bãi ngang, ven biển, biên giới, hải đảo',
  oftenHitByDisasters: 'vùng thường xuyên bị thiên tai',
  formedOn: 'ngày tách hộ (thành lập hộ)',
  earlierHousingSupport: 'hỗ trợ nhà ở đã nhận trước đây',
  source: 'nguồn hỗ trợ nhà ở',
  year: 'năm được hỗ trợ',
  agriculturalHousehold: 'hộ làm nông, lâm, ngư, diêm nghiệp',
};

/** The Vietnamese label of the last named field of a path (`members[2].birthDate` → ngày sinh). */
export function fieldLabel(path: string): string {
  const key = path
    .split(/[.[\]]/)
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .pop();
  return (key === undefined ? undefined : FIELD_LABELS[key]) ?? path;
}

/** What the caller can pass to an issue message: the field's path and details of the problem. */
export interface IssueDetails {
  readonly path: string;
  readonly expected?: string;
  readonly allowed?: readonly string[];
  readonly key?: string;
  readonly suggestions?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly other?: string;
}

type MessageBuilder = (label: string, details: IssueDetails) => Message;

const quoteList = (values: readonly string[] = []): string =>
  values.map((v) => `"${v}"`).join(', ');

const BUILDERS: Readonly<Record<string, MessageBuilder>> = {
  required: (label, { path }) =>
    message(`Thiếu ${label} (${path}): hãy bổ sung.`, `${path} is missing: please fill it in.`),
  'invalid-type': (label, { path, expected }) =>
    message(
      `${label} (${path}) sai kiểu dữ liệu: cần ${expected ?? 'giá trị khác'}.`,
      `${path} has the wrong type: expected ${expected ?? 'another value'}.`,
    ),
  'invalid-value': (label, { path, allowed }) =>
    message(
      `${label} (${path}) không hợp lệ: chỉ nhận ${quoteList(allowed)}.`,
      `${path} is not an accepted value: use one of ${quoteList(allowed)}.`,
    ),
  'unknown-key': (_label, { path, key }) =>
    message(
      `Trường "${key}" (${path}) không có trong mẫu hộ gia đình: hãy xoá hoặc sửa tên trường.`,
      `"${key}" (${path}) is not a field of the household record: remove it or fix its name.`,
    ),
  'empty-members': () =>
    message(
      'Hộ gia đình phải có ít nhất một thành viên.',
      'A household must have at least one member.',
    ),
  'too-small': (label, { path, minimum }) =>
    message(
      `${label} (${path}) phải từ ${minimum ?? 0} trở lên.`,
      `${path} must be at least ${minimum ?? 0}.`,
    ),
  'too-large': (label, { path, maximum }) =>
    message(
      `${label} (${path}) không được lớn hơn ${maximum ?? 0}.`,
      `${path} must be at most ${maximum ?? 0}.`,
    ),
  'too-many': (label, { path, maximum }) =>
    message(
      `${label} (${path}) ghi quá nhiều mục: tối đa ${maximum ?? 0}.`,
      `${path} lists too many entries: at most ${maximum ?? 0}.`,
    ),
  'empty-text': (label, { path }) =>
    message(`${label} (${path}) không được để trống.`, `${path} must not be empty.`),
  'not-integer-vnd': (label, { path }) =>
    message(
      `${label} (${path}) phải là số nguyên đồng, không có phần lẻ.`,
      `${path} must be a whole number of đồng, with no fraction.`,
    ),
  'negative-amount': (label, { path }) =>
    message(`${label} (${path}) không được âm.`, `${path} must not be negative.`),
  'invalid-birth-date': (label, { path }) =>
    message(
      `${label} (${path}) phải là ngày có thật, viết YYYY-MM-DD, YYYY-MM hoặc YYYY.`,
      `${path} must be a real date written YYYY-MM-DD, YYYY-MM or YYYY.`,
    ),
  'invalid-partial-date': (label, { path }) =>
    message(
      `${label} (${path}) phải là ngày có thật, viết YYYY-MM-DD, YYYY-MM hoặc YYYY.`,
      `${path} must be a real date written YYYY-MM-DD, YYYY-MM or YYYY.`,
    ),
  'invalid-date': (label, { path }) =>
    message(
      `${label} (${path}) phải là ngày có thật, viết YYYY-MM-DD.`,
      `${path} must be a real date written YYYY-MM-DD.`,
    ),
  'invalid-declared-key': (_label, { path, key }) =>
    message(
      `Mã chỉ số kê khai "${key}" (${path}) không hợp lệ: dùng mã chỉ số như "water", "sanitation".`,
      `"${key}" (${path}) is not an indicator id: use ids such as "water" or "sanitation".`,
    ),
  'unknown-ethnicity': (label, { path, suggestions }) =>
    message(
      `${label} (${path}) không có trong danh mục 54 dân tộc. Có phải: ${suggestions?.join(', ')}?`,
      `${path} is not one of the 54 ethnic groups. Did you mean: ${suggestions?.join(', ')}?`,
    ),
  'income-form-count': (_label, { path }) =>
    message(
      `Thu nhập (${path}) phải ghi đúng một trong: annualTotal, monthlyPerCapita, proxyScore.`,
      `${path} must give exactly one of annualTotal, monthlyPerCapita, proxyScore.`,
    ),
  'dwelling-none-with-structures': (_label, { path }) =>
    message(
      `Hộ không có nhà ở (${path}) thì không ghi móng, tường, mái, diện tích.`,
      `${path}: a household with no dwelling has no foundation, walls, roof or floor area.`,
    ),
  'duplicate-member-id': (_label, { path, other }) =>
    message(
      `Mã thành viên (${path}) trùng với ${other}: mỗi thành viên cần một mã riêng.`,
      `${path} repeats the id of ${other}: each member needs an id of their own.`,
    ),
  'birth-after-reference': (label, { path, other }) =>
    message(
      `${label} (${path}) sau ngày tham chiếu ${other}: hãy kiểm tra lại ngày sinh.`,
      `${path} is after the reference date ${other}: check the birth date.`,
    ),
  'after-reference': (label, { path, other }) =>
    message(
      `${label} (${path}) sau ngày tham chiếu ${other}: hãy kiểm tra lại.`,
      `${path} is after the reference date ${other}: check it.`,
    ),
  'left-before-since': (label, { path, other }) =>
    message(
      `${label} (${path}) phải sau ngày bắt đầu ${other}: hãy kiểm tra lại hai ngày này.`,
      `${path} must be after the start date ${other}: check both dates.`,
    ),
};

/** The Vietnamese and English message for an issue code at a path. */
export function issueMessage(code: string, details: IssueDetails): Message {
  const build = BUILDERS[code] ?? BUILDERS['invalid-type'];
  return (build as MessageBuilder)(fieldLabel(details.path), details);
}
