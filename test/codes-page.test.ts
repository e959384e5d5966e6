import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeUnions } from '../scripts/code-unions';
import { ROOT } from '../scripts/doc-code';

/** Each section of docs/codes.md headed by a union's name, with the codes its table lists. */
function listedCodes(page: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of page.split('\n')) {
    if (line.startsWith('#')) {
      const name = /^#{2,3} `(\w+)`$/.exec(line)?.[1];
      current = name === undefined ? undefined : [];
      if (name !== undefined && current !== undefined) sections.set(name, current);
      continue;
    }
    const code = /^\| `([^`]+)` \|/.exec(line)?.[1];
    if (code !== undefined && current !== undefined) current.push(code);
  }
  return sections;
}

/** Unions documented as the union of others, not by a table of their own. */
const COMBINED: Readonly<Record<string, readonly string[]>> = {
  NationalIndicatorId: ['Qd59IndicatorId', 'Nd07IndicatorId', 'Nd351IndicatorId'],
};

describe('docs/codes.md', () => {
  const unions = codeUnions();
  const page = listedCodes(readFileSync(resolve(ROOT, 'docs', 'codes.md'), 'utf8'));

  it('finds the code unions in the source', () => {
    expect([...unions.keys()]).toEqual(
      expect.arrayContaining(['ParseIssueCode', 'IndicatorReasonCode', 'Nd07IndicatorId']),
    );
  });

  it('lists every member of every union, and nothing else', () => {
    const differences = [...unions]
      .filter(([name]) => !(name in COMBINED))
      .flatMap(([name, members]) => {
        const listed = page.get(name);
        if (listed === undefined) return [`${name}: no section`];
        const missing = members.filter((code) => !listed.includes(code));
        const extra = listed.filter((code) => !members.includes(code));
        const twice = listed.filter((code, index) => listed.indexOf(code) !== index);
        return [
          ...missing.map((code) => `${name}: ${code} missing from the page`),
          ...extra.map((code) => `${name}: ${code} listed but not in the union`),
          ...twice.map((code) => `${name}: ${code} listed twice`),
        ];
      });
    expect(differences).toEqual([]);
  });

  it('has a section only for unions the package exports', () => {
    expect([...page.keys()].filter((name) => !unions.has(name))).toEqual([]);
  });

  it('says truly which unions combine others', () => {
    for (const [name, parts] of Object.entries(COMBINED)) {
      const combined = new Set(parts.flatMap((part) => unions.get(part) ?? []));
      expect(new Set(unions.get(name)), name).toEqual(combined);
    }
  });
});
