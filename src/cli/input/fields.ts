/**
 * The columns of the two tables (households and members) that the command reads from CSV and
 * XLSX files: each column is a field of the household contract, named by its path
 * (`income.annualTotal`, `schooling.level`) or by one of the Vietnamese headers officers write
 * ("Mã hộ", "Ngày sinh"). The table says how a cell is read into the field's value; the library's
 * `parseHousehold` then checks the record as it checks any other.
 */

/**
 * How a cell is read.
 *
 * - `text`: as written (trimmed);
 * - `vnd`: whole đồng, digits with optional groups of three (`36.000.000`, `36,000,000`);
 * - `number`: a decimal number, with a point or a single comma (`31.5`, `31,5`);
 * - `integer`: a whole number (a year);
 * - `boolean`: `true`/`false`, `yes`/`no`, `1`/`0`, `có`/`không`;
 * - `date`: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or day first `DD/MM/YYYY`, `MM/YYYY`;
 * - `enum`: the contract's value, or a Vietnamese name where the field has some;
 * - `list`: values separated by `;` (`television;smartphone`), `-` or `[]` for an empty list;
 * - `housing-list`: earlier housing supports, `source:year` separated by `;`;
 * - `no-dwelling`: `dwelling.none`: yes for a household without a dwelling, no or empty otherwise.
 */
export type CellKind =
  | 'text'
  | 'vnd'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'date'
  | 'enum'
  | 'list'
  | 'housing-list'
  | 'no-dwelling';

/** One column: the field it fills, how its cells are read, and the headers that name it. */
export interface FieldSpec {
  /** The path in the record, dotted: `income.annualTotal`. */
  readonly path: string;
  /** How its cells are read. */
  readonly kind: CellKind;
  /** Vietnamese headers that name it, as officers write them. */
  readonly aliases: readonly string[];
  /** Vietnamese names of some values, for `enum` columns: `nông thôn` → `rural`. */
  readonly values?: Readonly<Record<string, string>>;
}

const SEX = { nam: 'male', nữ: 'female' };
const AREA = { 'nông thôn': 'rural', 'thành thị': 'urban', 'đô thị': 'urban' };
const STRUCTURE = {
  'bền chắc': 'durable',
  'kiên cố': 'durable',
  'không bền chắc': 'non-durable',
};

const field = (
  path: string,
  kind: CellKind,
  aliases: readonly string[] = [],
  values?: Readonly<Record<string, string>>,
): FieldSpec => (values === undefined ? { path, kind, aliases } : { path, kind, aliases, values });

/** The households table: one row per household, its id the key members are joined by. */
export const HOUSEHOLD_FIELDS: readonly FieldSpec[] = [
  field('id', 'text', ['Mã hộ', 'Mã hộ gia đình', 'Mã HGĐ']),
  field('area', 'enum', ['Khu vực'], AREA),
  field('location.provinceCode', 'text', ['Mã tỉnh']),
  field('location.communeCode', 'text', ['Mã xã']),
  field('location.village', 'text', ['Thôn', 'Thôn, xóm', 'Thôn/xóm/bản']),
  field('location.poorDistrict', 'boolean', ['Huyện nghèo']),
  field('location.poorCommune', 'boolean', ['Xã nghèo']),
  field('location.extremelyDifficultCommune', 'boolean', ['Xã đặc biệt khó khăn']),
  field('location.extremelyDifficultCoastalBorderIslandCommune', 'boolean', [
    'Xã đặc biệt khó khăn vùng bãi ngang, ven biển, biên giới, hải đảo',
  ]),
  field('location.oftenHitByDisasters', 'boolean', ['Vùng thường xuyên bị thiên tai']),
  field('income.annualTotal', 'vnd', ['Tổng thu nhập năm', 'Thu nhập 12 tháng']),
  field('income.monthlyPerCapita', 'vnd', [
    'Thu nhập bình quân đầu người/tháng',
    'Thu nhập bình quân tháng',
  ]),
  field('income.proxyScore', 'number', ['Điểm A']),
  field('dwelling.none', 'no-dwelling', ['Không có nhà ở']),
  field('dwelling.foundation', 'enum', ['Móng, cột', 'Móng'], STRUCTURE),
  field('dwelling.walls', 'enum', ['Khung, tường', 'Tường'], STRUCTURE),
  field('dwelling.roof', 'enum', ['Mái', 'Mái nhà'], STRUCTURE),
  field('dwelling.floorAreaM2', 'number', ['Diện tích nhà ở (m2)', 'Diện tích nhà ở']),
  field('water', 'enum', ['Nguồn nước sinh hoạt', 'Nguồn nước']),
  field('latrine', 'enum', ['Nhà tiêu', 'Loại nhà tiêu']),
  field('devices', 'list', ['Thiết bị thông tin', 'Phương tiện tiếp cận thông tin']),
  field('hearsLoudspeaker', 'boolean', ['Nghe loa truyền thanh']),
  field('wasteTreatment', 'enum', ['Xử lý rác thải']),
  field('previous.category', 'enum', ['Phân loại trước đây']),
  field('previous.policyYear', 'integer', ['Năm phân loại trước đây']),
  field('previous.since', 'date', ['Phân loại trước đây từ ngày']),
  field('previous.leftOn', 'date', ['Ngày ra khỏi diện']),
  field('formedOn', 'date', ['Ngày tách hộ']),
  field('earlierHousingSupport', 'housing-list', ['Hỗ trợ nhà ở trước đây']),
  field('agriculturalHousehold', 'boolean', ['Hộ nông, lâm, ngư, diêm nghiệp']),
];

/** The column of the members table that names each member's household. */
export const MEMBER_HOUSEHOLD_ID = 'householdId';

/** The members table: one row per member, joined to its household by `householdId`. */
export const MEMBER_FIELDS: readonly FieldSpec[] = [
  field(MEMBER_HOUSEHOLD_ID, 'text', ['Mã hộ', 'Mã hộ gia đình', 'Mã HGĐ']),
  field('id', 'text', ['Mã thành viên', 'Mã nhân khẩu']),
  field('sex', 'enum', ['Giới tính'], SEX),
  field('birthDate', 'date', ['Ngày sinh', 'Ngày tháng năm sinh', 'Năm sinh']),
  field('ethnicity', 'text', ['Dân tộc']),
  field('relation', 'enum', ['Quan hệ với chủ hộ']),
  field('work', 'enum', ['Tình trạng việc làm', 'Việc làm']),
  field('disability', 'enum', ['Mức độ khuyết tật', 'Khuyết tật']),
  field('monthlySocialAllowance', 'boolean', ['Trợ cấp xã hội hằng tháng']),
  field('healthInsurance', 'boolean', ['Bảo hiểm y tế', 'Thẻ BHYT', 'BHYT']),
  field('nutrition', 'enum', ['Tình trạng dinh dưỡng', 'Dinh dưỡng']),
  field('schooling.attending', 'boolean', ['Đang đi học']),
  field('schooling.level', 'enum', ['Cấp học', 'Cấp học đang theo học']),
  field('qualification', 'enum', ['Bằng cấp cao nhất']),
  field('qualifications', 'list', ['Các văn bằng, chứng chỉ']),
  field('employerCertifiedTraining', 'boolean', ['Đào tạo tại nơi làm việc']),
  field('usesInternet', 'boolean', ['Sử dụng internet']),
  field('usesPhone', 'boolean', ['Thuê bao điện thoại', 'Sử dụng điện thoại']),
  field('meritorious', 'boolean', ['Người có công']),
  field('sickWithoutCare', 'boolean', ['Ốm không đi khám chữa bệnh']),
  field('maternity', 'enum', ['Mang thai, nuôi con bằng sữa mẹ']),
];

/** The prefix of the columns of values declared on survey form B2: `declared.healthInsurance`. */
export const DECLARED_PREFIX = 'declared.';

/** Columns that officers' sheets carry and the command passes over: the running number. */
export const IGNORED_HEADERS: readonly string[] = ['STT', 'Số thứ tự'];

/**
 * A header as compared: Unicode NFC, lower case, without diacritics (`đ` as `d`), spaces
 * collapsed, so that "Mã hộ", "mã hộ" and "Ma ho" name the same column.
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
