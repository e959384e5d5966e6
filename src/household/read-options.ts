import { describeValue, VnPovertyError } from '../errors';
import { isPlainObject } from './record-checks';

/**
 * Reads the options object of a call once: a plain object (a literal or JSON) with only `known`
 * keys, each read here from its own property into a fresh object, so that a getter runs once and
 * cannot answer differently later. Anything else is misuse, `invalid-options`: a value that is not
 * a plain object, an unknown key (a misspelt option would otherwise be ignored), and an object
 * whose reading throws (a getter, a proxy).
 *
 * @param call - the function's name, for the message
 * @param example - an example of valid options, for the message
 * @throws {@link VnPovertyError} `invalid-options`
 */
export function readOptions(
  options: unknown,
  known: readonly string[],
  call: string,
  example: string,
): Readonly<Record<string, unknown>> {
  try {
    if (!isPlainObject(options)) {
      throw new VnPovertyError('invalid-options', {
        vi: `Tuỳ chọn của ${call} phải là một đối tượng, ví dụ ${example} (nhận được ${describeValue(options)}).`,
        en: `The options of ${call} must be an object such as ${example} (got ${describeValue(options)}).`,
      });
    }
    const unknown = Object.keys(options).filter((key) => !known.includes(key));
    if (unknown.length > 0) {
      const names = unknown.slice(0, 5).map(describeValue).join(', ');
      throw new VnPovertyError('invalid-options', {
        vi: `Tuỳ chọn của ${call} không có trường ${names}: chỉ nhận ${known.join(', ')}.`,
        en: `The options of ${call} have no field ${names}: use ${known.join(', ')}.`,
      });
    }
    const read: Record<string, unknown> = {};
    for (const key of known) if (Object.hasOwn(options, key)) read[key] = options[key];
    return read;
  } catch (error) {
    if (error instanceof VnPovertyError) throw error;
    throw new VnPovertyError('invalid-options', {
      vi: `Không đọc được tuỳ chọn của ${call}: đọc một giá trị trong đó gây lỗi. Hãy truyền một đối tượng thường, ví dụ ${example}.`,
      en: `The options of ${call} could not be read: reading one of their values failed. Pass a plain object such as ${example}.`,
    });
  }
}
