type Source<T> = Iterable<T> | AsyncIterable<T>;

interface Deferred {
  readonly promise: Promise<void>;
  readonly resolve: () => void;
}

function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function iteratorOf<T>(source: Source<T>): Iterator<T> | AsyncIterator<T> {
  if (typeof (source as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') {
    return (source as AsyncIterable<T>)[Symbol.asyncIterator]();
  }
  return (source as Iterable<T>)[Symbol.iterator]();
}

/**
 * One source read by several consumers at once: each lane is an async iterable of the same items,
 * and the source moves on to the next item only when every lane still reading has taken the
 * current one. Only one item is held at a time, so a stream of a million records goes through all
 * the library's measures in one pass and flat memory. A lane whose consumer stops early (its
 * loop ends) no longer holds the others back; {@link FanOut.abort} fails every lane, and closes
 * the source, when one consumer fails.
 */
export class FanOut<T> {
  private readonly iterator: Iterator<T> | AsyncIterator<T>;
  private position = 0;
  private reading: Promise<IteratorResult<T>> | undefined;
  private open: number;
  private taken = 0;
  private advanced = deferred();
  private failure: { readonly error: unknown } | undefined;
  private closed = false;

  constructor(source: Source<T>, lanes: number) {
    this.iterator = iteratorOf(source);
    this.open = lanes;
  }

  /** The lanes, one per consumer; each may be iterated once. */
  lanes(): AsyncIterable<T>[] {
    return Array.from({ length: this.open }, () => this.lane());
  }

  /** Fails every lane with `error` and closes the source. */
  abort(error: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = { error };
    this.advanced.resolve();
    this.close();
  }

  private lane(): AsyncIterable<T> {
    let at = 0;
    let done = false;
    const leave = (): void => {
      if (done) return;
      done = true;
      // A lane that has taken the current item stops counting among those that took it.
      if (at > this.position) this.taken--;
      this.open--;
      if (this.open === 0) this.close();
      else if (this.taken >= this.open && this.reading !== undefined) this.advance();
    };
    const iterator: AsyncIterator<T> = {
      next: async () => {
        if (done) return { done: true, value: undefined };
        const result = await this.take(at++);
        if (result.done === true) leave();
        return result;
      },
      return: async () => {
        leave();
        return { done: true, value: undefined };
      },
    };
    return { [Symbol.asyncIterator]: () => iterator };
  }

  private async take(at: number): Promise<IteratorResult<T>> {
    while (at > this.position && this.failure === undefined) await this.advanced.promise;
    this.throwIfAborted();
    // Read through an async function, so that a source that throws fails every lane alike.
    this.reading ??= (async () => this.iterator.next())();
    const result = await this.reading;
    this.throwIfAborted();
    this.taken++;
    if (this.taken >= this.open) this.advance();
    return result;
  }

  private throwIfAborted(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }

  private advance(): void {
    this.position++;
    this.taken = 0;
    this.reading = undefined;
    const advanced = this.advanced;
    this.advanced = deferred();
    advanced.resolve();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    void Promise.resolve(this.iterator.return?.()).catch(() => {});
  }
}
