/**
 * Reads an issue's path back into keys, and follows it into the input, written here from the path
 * syntax the docs give (`members[2].birthDate`, `declared["a.b"]`, `["members[0]"]`), not with the
 * library's own formatter: a path that cannot be read back, or leads nowhere, is a defect.
 */

/** A path read back into its keys: names and list indexes. */
export type PathKey = string | number;

const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*/;
const INDEX = /^\[(0|[1-9][0-9]*)\]/;

/** The keys of a path, or an Error saying where it cannot be read. */
export function readPath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  let rest = path;
  while (rest !== '') {
    const first = keys.length === 0;
    const index = INDEX.exec(rest);
    if (index) {
      keys.push(Number(index[1]));
      rest = rest.slice(index[0].length);
      continue;
    }
    if (rest.startsWith('["')) {
      const end = closingQuote(rest, 2);
      keys.push(JSON.parse(rest.slice(1, end + 1)) as string);
      if (rest[end + 1] !== ']') throw new Error(`unclosed quoted key in ${path}`);
      rest = rest.slice(end + 2);
      continue;
    }
    const named = first ? NAME.exec(rest) : rest.startsWith('.') ? NAME.exec(rest.slice(1)) : null;
    if (!named)
      throw new Error(`cannot read the path ${JSON.stringify(path)} at ${rest.slice(0, 20)}`);
    keys.push(named[0]);
    rest = rest.slice(named[0].length + (first ? 0 : 1));
  }
  return keys;
}

/** The index of the quote that closes a JSON string starting before `from`. */
function closingQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    if (text[at] === '\\') at++;
    else if (text[at] === '"') return at;
  }
  throw new Error(`unterminated quoted key in ${text.slice(0, 40)}`);
}

/** Where a path leads: to a value, or to a missing place (the first key absent, and its depth). */
export type Resolved =
  | { readonly found: true; readonly value: unknown }
  | { readonly found: false; readonly missingAt: number };

/**
 * Follows keys into a value: names only into plain objects (or into any object, when
 * `intoAnyObject`), indexes only into arrays, own properties only (`constructor` is not found in
 * `{}`). Stepping into a string, a number or a missing value before the end throws: the path leads
 * nowhere.
 */
export function resolvePath(
  input: unknown,
  keys: readonly PathKey[],
  intoAnyObject = false,
): Resolved {
  let current: unknown = input;
  for (let depth = 0; depth < keys.length; depth++) {
    const key = keys[depth] as PathKey;
    const intoList = typeof key === 'number';
    const named = intoAnyObject
      ? typeof current === 'object' && current !== null && !Array.isArray(current)
      : isRecord(current);
    if (intoList ? !Array.isArray(current) : !named)
      throw new Error(`${describe(keys, depth)} steps into ${kind(current)}`);
    // The own property, read without running a getter: finding the place is enough.
    const own = Object.getOwnPropertyDescriptor(current, key);
    if (own === undefined) return { found: false, missingAt: depth };
    current = 'value' in own ? own.value : own.get;
  }
  return { found: true, value: current };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const kind = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;

const describe = (keys: readonly PathKey[], depth: number) =>
  `key ${JSON.stringify(keys[depth])} of ${JSON.stringify(keys)}`;
