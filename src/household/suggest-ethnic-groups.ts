import { ETHNIC_GROUPS } from './ethnic-groups';
import { ethnicMatchKey } from './find-ethnic-group';

/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbouring
 * letters as one edit (optimal string alignment), so that "Kihn" is one edit from "Kinh".
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The canonical names of the ethnic groups closest to an unknown name (at most `limit`, closest
 * first), to suggest a correction to the officer who typed it.
 */
export function suggestEthnicGroups(name: string, limit = 3): string[] {
  const key = ethnicMatchKey(name);
  const scored = ETHNIC_GROUPS.map((group) => ({
    name: group.name,
    distance: Math.min(
      ...[group.name, ...group.otherNames].map((other) => editDistance(key, ethnicMatchKey(other))),
    ),
  }));
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'vi'))
    .slice(0, limit)
    .map((entry) => entry.name);
}
