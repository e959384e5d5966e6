import fc from 'fast-check';
import { setOwn } from './households';

/** Keys that probe prototypes, paths and lookups by name. */
export const HOSTILE_KEY = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype') },
  fc.constantFrom(
    'toString',
    'valueOf',
    'hasOwnProperty',
    '__defineSetter__',
    'then',
    'length',
    'a.b',
    'members[0]',
    'area',
    'members',
    'income',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

/** Leaves of any type, including the ones JSON cannot hold. */
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 0 }),
  fc.constantFrom<unknown>(
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    10n,
    Symbol('s'),
    () => 'function body',
    new Date(Number.NaN),
  ),
);

/**
 * Trees of objects and arrays whose keys are hostile: `__proto__`, `constructor` and `prototype`
 * are own keys, as `JSON.parse` makes them.
 */
export const hostileTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('array')),
  object: fc.array(fc.tuple(HOSTILE_KEY, tie('node')), { maxLength: 6 }).map((entries) => {
    const made = {};
    for (const [key, value] of entries) setOwn(made, key, value);
    return made;
  }),
  array: fc.array(tie('node'), { maxLength: 6 }),
})).node;

/** Anything fast-check can draw, with every option on. */
export const anyValue = fc.anything({
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: 'binary',
  key: fc.oneof(fc.string(), HOSTILE_KEY),
});

/** What the shared prototypes hold: every own key with its descriptor's parts. */
function snapshot(target: object): unknown[][] {
  return Reflect.ownKeys(target).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
    return [key, descriptor.value, descriptor.get, descriptor.set, descriptor.writable];
  });
}

const SHARED = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

/** The shared prototypes as they are now, to compare with {@link prototypesUnchanged}. */
export function prototypesNow(): unknown[][][] {
  return SHARED.map(snapshot);
}

/** Whether every shared prototype has the same keys, values and accessors as in `before`. */
export function prototypesUnchanged(before: unknown[][][]): boolean {
  const after = prototypesNow();
  const same = before.every(
    (entries, index) =>
      entries.length === after[index]?.length &&
      entries.every((entry, at) =>
        entry.every((part, i) => Object.is(part, after[index]?.[at]?.[i])),
      ),
  );
  return same && Object.getPrototypeOf({}) === Object.prototype && !('polluted' in {});
}

/** Objects whose reading throws: a throwing getter, proxies with throwing traps, a revoked proxy. */
export function hostileObjects(): Record<string, object> {
  const boom = () => {
    throw new Error('boom');
  };
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  return {
    'a getter that throws': Object.defineProperty({}, 'on', { get: boom, enumerable: true }),
    'a proxy whose every trap throws': new Proxy(
      {},
      { get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom },
    ),
    'a proxy whose keys throw': new Proxy({}, { ownKeys: boom }),
    'a revoked proxy': revocable.proxy,
  };
}

/**
 * Values to pass, as makers: any value of `values`, or one of {@link hostileObjects} made afresh.
 * (fast-check looks into the values it draws, and a proxy whose reading throws would stop it, so
 * the hostile ones are made inside the property.)
 */
export function orHostile(values: fc.Arbitrary<unknown>): fc.Arbitrary<() => unknown> {
  const named = (name: string, make: () => unknown) =>
    Object.assign(make, { [fc.toStringMethod]: () => name });
  return fc.oneof(
    { weight: 9, arbitrary: values.map((value) => named(fc.stringify(value), () => value)) },
    fc
      .constantFrom(...Object.keys(hostileObjects()))
      .map((name) => named(name, () => hostileObjects()[name])),
  );
}
