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

/** Items read from the source together, and whether the source ended after them. */
interface Batch<T> {
  readonly items: readonly T[];
  readonly done: boolean;
}

/**
 * How many items the lanes share at once: lanes meet once a batch rather than once an item, which
 * keeps the cost of sharing small beside the measures themselves, and memory stays bounded.
 */
const BATCH = 256;

/**
 * One source read by several consumers at once: each lane is an async iterable of the same items,
 * and the source moves on to the next batch of items only when every lane still reading has taken
 * the current one. At most one batch (256 items) is held at a time, so a stream of a million
 * records goes through all the library's measures in one pass and flat memory. A lane whose
 * consumer stops early (its loop ends) no longer holds the others back; {@link FanOut.abort}
 * fails every lane, and closes the source, when one consumer fails.
 */
export class FanOut<T> {
  private readonly iterator: Iterator<T> | AsyncIterator<T>;
  private readonly sync: boolean;
  private position = 0;
  private reading: Promise<Batch<T>> | undefined;
  private open: number;
  private taken = 0;
  private advanced = deferred();
  private failure: { readonly error: unknown } | undefined;
  private closed = false;

  constructor(source: Source<T>, lanes: number) {
    this.sync = typeof (source as AsyncIterable<T>)[Symbol.asyncIterator] !== 'function';
    this.iterator = this.sync
      ? (source as Iterable<T>)[Symbol.iterator]()
      : (source as AsyncIterable<T>)[Symbol.asyncIterator]();
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
    let at = 0; // the next batch this lane takes
    let items: readonly T[] = [];
    let index = 0;
    let last = false; // the batch in hand is the source's last
    let done = false;
    const leave = (): void => {
      if (done) return;
      done = true;
      // A lane that has taken the current batch stops counting among those that took it.
      if (at > this.position) this.taken--;
      this.open--;
      if (this.open === 0) this.close();
      else if (this.taken >= this.open && this.reading !== undefined) this.advance();
    };
    const finished = (): IteratorResult<T> => {
      leave();
      return { done: true, value: undefined };
    };
    const iterator: AsyncIterator<T> = {
      next: async () => {
        while (!done) {
          if (index < items.length) return { done: false, value: items[index++] as T };
          if (last) return finished();
          const batch = await this.take(at++);
          items = batch.items;
          index = 0;
          last = batch.done;
        }
        return { done: true, value: undefined };
      },
      return: async () => finished(),
    };
    return { [Symbol.asyncIterator]: () => iterator };
  }

  private async take(at: number): Promise<Batch<T>> {
    while (at > this.position && this.failure === undefined) await this.advanced.promise;
    this.throwIfAborted();
    this.reading ??= this.read();
    const batch = await this.reading;
    this.throwIfAborted();
    this.taken++;
    if (this.taken >= this.open) this.advance();
    return batch;
  }

  /** The next batch; a source that throws makes it fail, for every lane alike. */
  private async read(): Promise<Batch<T>> {
    const items: T[] = [];
    while (items.length < BATCH) {
      const result = this.sync
        ? (this.iterator as Iterator<T>).next()
        : await (this.iterator as AsyncIterator<T>).next();
      if (result.done === true) return { items, done: true };
      items.push(result.value);
    }
    return { items, done: false };
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
