import { VnPovertyError } from '../errors';

/** Where a population comes from: an array, any iterable, or an async iterable (a stream). */
export type Source<T> = Iterable<T> | AsyncIterable<T>;

function notIterable(what: string): VnPovertyError {
  return new VnPovertyError('not-iterable', {
    vi: `${what} phải là một mảng, một iterable hoặc một async iterable các bản ghi.`,
    en: `${what} must be an array, an iterable or an async iterable of records.`,
  });
}

/**
 * Whether to read the source synchronously. An object with both protocols is read synchronously,
 * as the overloads that type it say. A string is refused: it is iterable, character by character,
 * which is never what a caller meant.
 */
export function isSyncSource<T>(source: Source<T>, what: string): source is Iterable<T> {
  if (source === null || (typeof source !== 'object' && typeof source !== 'function')) {
    throw notIterable(what);
  }
  if (typeof (source as Iterable<T>)[Symbol.iterator] === 'function') return true;
  if (typeof (source as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') return false;
  throw notIterable(what);
}

/**
 * Visits every item of a source, then finishes: synchronously for an iterable, as a promise for
 * an async one. Nothing is kept: memory stays flat whatever the length of the source.
 */
export function visitAll<T, R>(
  source: Source<T>,
  what: string,
  visit: (item: T, index: number) => void,
  finish: () => R,
): R | Promise<R> {
  if (isSyncSource(source, what)) {
    let index = 0;
    for (const item of source) visit(item, index++);
    return finish();
  }
  return (async () => {
    let index = 0;
    for await (const item of source) visit(item, index++);
    return finish();
  })();
}

/** Runs `next` after `value`: synchronously, unless `value` is a promise. */
export function andThen<T, R>(
  value: T | Promise<T>,
  next: (value: T) => R | Promise<R>,
): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}
