import { FIELD_NAMES } from '../i18n/field-names';
import { type Message, message } from '../i18n/message';

/** The Vietnamese names of the value types a field can expect. */
const TYPE_NAMES: ReadonlyMap<string, Message> = new Map(
  Object.entries({
    string: { vi: 'văn bản', en: 'a string' },
    number: { vi: 'một số', en: 'a number' },
    int: { vi: 'một số nguyên', en: 'a whole number' },
    boolean: { vi: 'đúng hoặc sai (true/false)', en: 'true or false' },
    object: { vi: 'một đối tượng có các trường', en: 'an object' },
    array: { vi: 'một danh sách', en: 'a list' },
    record: { vi: 'một đối tượng có các trường', en: 'an object' },
  }),
);

/** Whose data an issue is about: words change between a household record and a standard. */
export type IssueSubject = 'household' | 'standard';

/** The name of the field at a path, for a message: its Vietnamese name in a household record. */
export function fieldLabel(path: string, subject: IssueSubject = 'household'): Message {
  if (path === '')
    return subject === 'household'
      ? { vi: 'Hộ gia đình', en: 'The household record' }
      : { vi: 'Nội dung thay đổi của chuẩn', en: 'The changes to the standard' };
  // Under `declared`, the last key is an indicator id, not a field: `declared.water` is not the
  // water source.
  const key = /^declared[.[]/.test(path)
    ? 'declared'
    : path
        .split(/[.[\]"]/)
        .filter((part) => part !== '' && !/^\d+$/.test(part))
        .pop();
  const vi = subject === 'household' && key !== undefined ? FIELD_NAMES.get(key)?.vi : undefined;
  // Messages begin with the label: a Vietnamese name is capitalised, a path is kept as written.
  return {
    vi: vi === undefined ? path : `${vi.charAt(0).toUpperCase()}${vi.slice(1)} (${path})`,
    en: path,
  };
}

/** What the caller can pass to an issue message: the field's path and details of the problem. */
export interface IssueDetails {
  readonly path: string;
  readonly expected?: string;
  readonly allowed?: readonly string[];
  readonly key?: string;
  readonly suggestions?: readonly string[];
  readonly limit?: number;
  readonly other?: string;
}

type MessageBuilder = (label: Message, details: IssueDetails, subject: IssueSubject) => Message;

const quoteList = (values: readonly string[] = []): string => {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > shown.length ? `${shown.join(', ')}, …` : shown.join(', ');
};

const typeName = (expected: string | undefined): Message =>
  (expected === undefined ? undefined : TYPE_NAMES.get(expected)) ?? {
    vi: 'một giá trị khác',
    en: 'another kind of value',
  };

const BUILDERS: ReadonlyMap<string, MessageBuilder> = new Map(
  Object.entries({
    required: (label) =>
      message(`${label.vi}: còn thiếu, hãy bổ sung.`, `${label.en} is missing: please fill it in.`),
    'invalid-type': (label, { expected }) =>
      message(
        `${label.vi} phải là ${typeName(expected).vi}.`,
        `${label.en} must be ${typeName(expected).en}.`,
      ),
    'invalid-value': (label, { allowed }) =>
      allowed === undefined || allowed.length === 0
        ? message(`${label.vi} không hợp lệ.`, `${label.en} is not an accepted value.`)
        : message(
            `${label.vi} không hợp lệ: chỉ nhận ${quoteList(allowed)}.`,
            `${label.en} is not an accepted value: use one of ${quoteList(allowed)}.`,
          ),
    'invalid-format': (label) =>
      message(`${label.vi} sai định dạng.`, `${label.en} is not written in the expected form.`),
    'unknown-key': (_label, { path, key }, subject) =>
      subject === 'household'
        ? message(
            `Trường "${key}" (${path}) không có trong mẫu hộ gia đình: hãy xoá hoặc sửa tên trường.`,
            `"${key}" (${path}) is not a field of the household record: remove it or fix its name.`,
          )
        : message(
            `"${key}" (${path}) không phải tham số của chuẩn nghèo: hãy xoá hoặc sửa tên.`,
            `"${key}" (${path}) is not a parameter of the standard: remove it or fix its name.`,
          ),
    'empty-members': () =>
      message(
        'Hộ gia đình phải có ít nhất một thành viên.',
        'A household must have at least one member.',
      ),
    'empty-list': (label) =>
      message(`${label.vi} không được để trống.`, `${label.en} must not be an empty list.`),
    'too-small': (label, { limit }) =>
      message(
        `${label.vi} phải từ ${limit ?? 0} trở lên.`,
        `${label.en} must be at least ${limit ?? 0}.`,
      ),
    'too-large': (label, { limit }) =>
      message(
        `${label.vi} quá lớn: tối đa ${limit ?? ''}.`,
        `${label.en} is too large: at most ${limit ?? ''}.`,
      ),
    'too-long': (label, { limit }) =>
      message(
        `${label.vi} quá dài: tối đa ${limit ?? ''} ký tự.`,
        `${label.en} is too long: at most ${limit ?? ''} characters.`,
      ),
    'too-many': (label, { limit }) =>
      message(
        `${label.vi} có quá nhiều phần tử: tối đa ${limit ?? ''}.`,
        `${label.en} has too many entries: at most ${limit ?? ''}.`,
      ),
    'empty-text': (label) =>
      message(`${label.vi} không được để trống.`, `${label.en} must not be empty.`),
    'not-integer-vnd': (label) =>
      message(
        `${label.vi} phải là số nguyên đồng, không có phần lẻ.`,
        `${label.en} must be a whole number of đồng, with no fraction.`,
      ),
    'negative-amount': (label) =>
      message(`${label.vi} không được âm.`, `${label.en} must not be negative.`),
    'invalid-birth-date': (label) =>
      message(
        `${label.vi} phải là ngày có thật, viết YYYY-MM-DD, YYYY-MM hoặc YYYY.`,
        `${label.en} must be a real date written YYYY-MM-DD, YYYY-MM or YYYY.`,
      ),
    'date-too-early': (label, { limit }) =>
      message(
        `${label.vi} trước năm ${limit ?? ''}: hãy kiểm tra lại.`,
        `${label.en} is before ${limit ?? ''}: check the date.`,
      ),
    'invalid-partial-date': (label) =>
      message(
        `${label.vi} phải là ngày có thật, viết YYYY-MM-DD, YYYY-MM hoặc YYYY.`,
        `${label.en} must be a real date written YYYY-MM-DD, YYYY-MM or YYYY.`,
      ),
    'left-before-since': (label, { other }) =>
      message(
        `${label.vi} phải sau ngày bắt đầu ${other}: hãy kiểm tra lại hai ngày này.`,
        `${label.en} must be after the start date ${other}: check both dates.`,
      ),
    'invalid-date': (label) =>
      message(
        `${label.vi} phải là ngày có thật, viết YYYY-MM-DD.`,
        `${label.en} must be a real date written YYYY-MM-DD.`,
      ),
    'invalid-declared-key': (_label, { path, key }) =>
      message(
        `Mã chỉ số kê khai "${key}" (${path}) không hợp lệ: dùng mã chỉ số như "water", "sanitation".`,
        `"${key}" (${path}) is not an indicator id: use ids such as "water" or "sanitation".`,
      ),
    'unknown-ethnicity': (label, { suggestions }) =>
      suggestions === undefined || suggestions.length === 0
        ? message(
            `${label.vi} không có trong danh mục 54 dân tộc.`,
            `${label.en} is not one of the 54 ethnic groups.`,
          )
        : message(
            `${label.vi} không có trong danh mục 54 dân tộc. Có phải: ${suggestions.join(', ')}?`,
            `${label.en} is not one of the 54 ethnic groups. Did you mean: ${suggestions.join(', ')}?`,
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
    'birth-after-reference': (label, { other }) =>
      message(
        `${label.vi} sau ngày tham chiếu ${other}: hãy kiểm tra lại ngày sinh.`,
        `${label.en} is after the reference date ${other}: check the birth date.`,
      ),
    'after-reference': (label, { other }) =>
      message(
        `${label.vi} sau ngày tham chiếu ${other}: hãy kiểm tra lại.`,
        `${label.en} is after the reference date ${other}: check the date.`,
      ),
    'qualification-not-in-list': (label, { other }) =>
      message(
        `${label.vi} không có trong danh sách các văn bằng (${other}): bằng cấp cao nhất phải là một trong các văn bằng đã ghi.`,
        `${label.en} is not in ${other}: the highest qualification must be one of those listed.`,
      ),
    'age-order': (label) =>
      message(
        `${label.vi}: tuổi bắt đầu phải nhỏ hơn tuổi kết thúc, nếu không quy tắc không áp dụng cho ai.`,
        `${label.en}: the first age must be below the last, or the rule applies to no one.`,
      ),
    'share-not-below-one': (label) =>
      message(
        `${label.vi}: tỷ lệ phải nhỏ hơn 1 (tử số nhỏ hơn mẫu số).`,
        `${label.en}: the share must be below 1 (numerator below denominator).`,
      ),
    'reserved-indicator-id': (label) =>
      message(
        `${label.vi}: mã chỉ số trùng tên thuộc tính có sẵn của JavaScript (constructor, toString…), hãy đặt tên khác.`,
        `${label.en}: an indicator id must not be the name of a built-in object property (constructor, toString…).`,
      ),
    'too-many-issues': (_label, { limit }) =>
      message(
        `Còn nhiều lỗi khác: chỉ liệt kê ${limit ?? ''} lỗi đầu tiên.`,
        `More problems were found: only the first ${limit ?? ''} are listed.`,
      ),
  } satisfies Record<string, MessageBuilder>),
);

/** The Vietnamese and English message for an issue code at a path. */
export function issueMessage(
  code: string,
  details: IssueDetails,
  subject: IssueSubject = 'household',
): Message {
  const label = fieldLabel(details.path, subject);
  const build = BUILDERS.get(code);
  return build === undefined
    ? message(`${label.vi} không hợp lệ (${code}).`, `${label.en} is not valid (${code}).`)
    : build(label, details, subject);
}
