import { describe, expect, it } from 'vitest';
import { ethnicMatchKey } from '../src/household/find-ethnic-group';
import { suggestEthnicGroups } from '../src/household/suggest-ethnic-groups';
import { ETHNIC_GROUPS, findEthnicGroup } from '../src/index';

describe('the 54 ethnic groups (spec/ethnic-groups.md)', () => {
  it('lists 54 groups with codes 01 to 54, Kinh the only majority group', () => {
    expect(ETHNIC_GROUPS.map((group) => group.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(ETHNIC_GROUPS.filter((group) => !group.minority).map((group) => group.name)).toEqual([
      'Kinh',
    ]);
  });

  it('finds every group by its own name and every listed other spelling', () => {
    for (const group of ETHNIC_GROUPS) {
      for (const name of [group.name, ...group.otherNames])
        expect(findEthnicGroup(name)?.code).toBe(group.code);
    }
  });

  it('gives no two groups the same matching key', () => {
    const keys = ETHNIC_GROUPS.flatMap((group) =>
      [group.name, ...group.otherNames].map((name) => `${ethnicMatchKey(name)}:${group.code}`),
    );
    const byKey = new Map<string, Set<string>>();
    for (const entry of keys) {
      const [key, code] = entry.split(':') as [string, string];
      byKey.set(key, (byKey.get(key) ?? new Set()).add(code));
    }
    expect([...byKey.values()].filter((codes) => codes.size > 1)).toEqual([]);
  });

  it('matches without diacritics, in any case, ignoring spaces, hyphens and apostrophes', () => {
    expect(findEthnicGroup('KHO ME')?.name).toBe('Khơ-me');
    expect(findEthnicGroup('ede')?.name).toBe('Ê-đê');
    expect(findEthnicGroup('bru van kieu')?.name).toBe('Bru-Vân Kiều');
    expect(findEthnicGroup('m’nong')?.name).toBe('Mnông');
    expect(findEthnicGroup('Meo')?.name).toBe('Mông');
    expect(findEthnicGroup('viet')?.name).toBe('Kinh');
    expect(findEthnicGroup('Kin')).toBeUndefined();
  });

  it('suggests the closest names for an unknown one', () => {
    expect(suggestEthnicGroups('Kihn')[0]).toBe('Kinh');
    expect(suggestEthnicGroups('Tayy')[0]).toBe('Tày');
    expect(suggestEthnicGroups('Nung ')).toContain('Nùng');
    expect(suggestEthnicGroups('xyz', 2)).toHaveLength(2);
  });
});
