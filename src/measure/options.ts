import { VnPovertyError } from '../errors';

type Kind = 'function' | 'grouping' | 'object' | 'defined';

/**
 * Checks an options object against the keys a function takes, so that a misspelt option
 * (`weights` for `weight`) fails loudly instead of being silently ignored.
 */
export function checkOptions(
  options: unknown,
  allowed: Readonly<Record<string, Kind>>,
  fn: string,
): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') {
    throw new VnPovertyError('invalid-options', {
      vi: `Tuỳ chọn của ${fn} phải là một đối tượng.`,
      en: `The options of ${fn} must be an object.`,
    });
  }
  for (const [key, value] of Object.entries(options)) {
    const kind = Object.hasOwn(allowed, key) ? allowed[key] : undefined;
    if (kind === undefined) {
      throw new VnPovertyError('invalid-options', {
        vi: `${fn} không có tuỳ chọn "${key.slice(0, 50)}" (có: ${Object.keys(allowed).join(', ')}).`,
        en: `${fn} has no option "${key.slice(0, 50)}" (it has: ${Object.keys(allowed).join(', ')}).`,
      });
    }
    if (value === undefined) continue;
    const fits =
      kind === 'function'
        ? typeof value === 'function'
        : kind === 'grouping'
          ? typeof value === 'function' || typeof value === 'string'
          : kind === 'object'
            ? typeof value === 'object' && value !== null
            : true;
    if (!fits) {
      throw new VnPovertyError('invalid-options', {
        vi: `Tuỳ chọn "${key}" của ${fn} không đúng dạng (cần ${kind === 'grouping' ? 'tên cách nhóm hoặc một hàm' : kind === 'function' ? 'một hàm' : 'một đối tượng'}).`,
        en: `The option "${key}" of ${fn} is not of its form (it takes ${kind === 'grouping' ? 'a grouping name or a function' : kind === 'function' ? 'a function' : 'an object'}).`,
      });
    }
  }
}
