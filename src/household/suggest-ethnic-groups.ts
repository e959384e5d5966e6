import { ETHNIC_GROUPS } from './ethnic-groups';
import { ethnicMatchKey } from './find-ethnic-group';

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
