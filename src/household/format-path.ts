const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path as officers and programmers read it: `['members', 2, 'birthDate']` →
 * `members[2].birthDate`. A key that is not a plain name is quoted (`declared["a.b"]`,
 * `["members[0]"]`), so that every path leads back to exactly one place.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else {
      const key = String(part);
      if (!IDENTIFIER.test(key)) text += `[${JSON.stringify(key)}]`;
      else text += text === '' ? key : `.${key}`;
    }
  }
  return text;
}
