/**
 * The version of this package, carried by every result so that a stored result says which rules
 * made it. A test keeps it equal to `package.json`.
 *
 * @example
 * ```ts
 * import { LIBRARY_VERSION } from 'vn-poverty';
 * /^\d+\.\d+\.\d+/.test(LIBRARY_VERSION); //=> true
 * ```
 */
export const LIBRARY_VERSION: string = '0.1.0';
