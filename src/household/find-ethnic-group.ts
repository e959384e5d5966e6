import { ETHNIC_GROUPS, type EthnicGroup } from './ethnic-groups';

/**
 * The form of a name used for matching: no diacritics (đ counts as d), lower case, and no spaces,
 * hyphens or apostrophes.
 */
export function ethnicMatchKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-'’‘ʼ`]/g, '');
}

/** Every accepted spelling exactly as listed: most registers write one of them. */
const BY_NAME: ReadonlyMap<string, EthnicGroup> = new Map(
  ETHNIC_GROUPS.flatMap((group) =>
    [group.name, ...group.otherNames].map((name) => [name, group] as const),
  ),
);

const BY_KEY: ReadonlyMap<string, EthnicGroup> = new Map(
  ETHNIC_GROUPS.flatMap((group) =>
    [group.name, ...group.otherNames].map((name) => [ethnicMatchKey(name), group] as const),
  ),
);

/**
 * Finds an ethnic group by name, with or without diacritics, in any case, or by a listed other
 * spelling.
 *
 * @remarks Matching removes diacritics, case, spaces, hyphens and apostrophes, as
 * the household contract prescribes. Without diacritics some names coincide; none of the 54 do.
 *
 * @param name - the name as written in a register
 * @returns the group, or `undefined` when no group has that name
 *
 * @example
 * ```ts
 * import { findEthnicGroup } from 'vn-poverty';
 * findEthnicGroup('khmer')?.name; //=> 'Khơ-me'
 * findEthnicGroup("H'MONG")?.name; //=> 'Mông'
 * findEthnicGroup('Tay')?.minority; //=> true
 * findEthnicGroup('Atlantis'); //=> undefined
 * ```
 */
export function findEthnicGroup(name: string): EthnicGroup | undefined {
  // The exact spelling first: normalising a name costs more than all the rest of a member's checks.
  return BY_NAME.get(name) ?? BY_KEY.get(ethnicMatchKey(name));
}
