/**
 * A per-assessor memo: results and reasons that depend only on a few small values (a reason code,
 * a count) are built once per assessor and shared by every household's result. Shared objects are
 * frozen, so that no result can change another.
 */
export type Memo<T> = Map<string | number, T>;

/** The value for `key`, built and frozen on first use. */
export function remember<T extends object>(memo: Memo<T>, key: string | number, build: () => T): T {
  let value = memo.get(key);
  if (value === undefined) {
    value = Object.freeze(build());
    memo.set(key, value);
  }
  return value;
}
