import { deepFreeze } from '../util/deep-freeze';
import type { Standard } from './types';

/**
 * The standards the library made: the national editions and those `defineStandard` derived. Each
 * was validated and frozen when made, so a standard found here is sound; an object made by hand is
 * not one of them and is refused where a standard is expected.
 */
const MADE = new WeakSet<object>();

/** Freezes a standard the library made, deeply, and records it as the library's. */
export function publishStandard<S extends Standard<string>>(standard: S): S {
  MADE.add(deepFreeze(standard));
  return standard;
}

/** Whether a value is a standard the library made. */
export function isLibraryStandard(value: unknown): value is Standard<string> {
  return typeof value === 'object' && value !== null && MADE.has(value);
}
