import fc from 'fast-check';
import { ND07_2021 } from '../../../src/index';
import { copy, type Record_, setOwn } from './households';
import { UNKNOWN_KEY } from './mutations';
import type { PathKey } from './paths';

/*
 * Valid changes for `defineStandard` on nd07-2021, and mutations that the documentation says must
 * be refused (`invalid-standard`), each with the issue it must cause. nd07-2021 has 12 indicators,
 * a threshold of 3 deprivations and survey score B of 10 points an indicator, poor from 30: so a
 * derived standard keeps at least 3 indicators and a threshold no higher than it has indicators.
 */

export const ND07_IDS: readonly string[] = ND07_2021.indicators.map((indicator) => indicator.id);

const citation = { kind: 'decision', number: '1/2025/QĐ-UBND', grade: 'L' };
const month = (amount: number) => ({ amount, per: 'month', basis: citation });

/** An indicator to add: a latrine rule under a fresh id. */
const added = (id: string) => ({
  id,
  service: 'water-sanitation',
  label: { vi: 'Nhà tiêu (tỉnh)', en: 'Latrine (province)' },
  rule: { kind: 'latrine', hygienic: ['septic'] },
  basis: citation,
});

/** Valid changes: kept indicators and threshold agree, lines rise, years are in order. */
export const validChanges: fc.Arbitrary<Record_> = fc
  .record({
    id: fc.stringMatching(/^fuzz-[a-z0-9-]{0,20}$/),
    removed: fc.subarray([...ND07_IDS], { maxLength: 9 }),
    added: fc.integer({ min: 0, max: 3 }),
    threshold: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
    from: fc.integer({ min: 2000, max: 2100 }),
    span: fc.integer({ min: 0, max: 10 }),
    lines: fc.option(
      fc.tuple(
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
      ),
      { nil: undefined },
    ),
    minimumM2: fc.double({ min: 0.5, max: 100, noNaN: true }),
    safe: fc.subarray(['piped', 'drilled-well', 'rainwater', 'bottled'], { minLength: 1 }),
  })
  .map(({ id, removed, added: count, threshold, from, span, lines, minimumM2, safe }) => {
    const kept = ND07_IDS.filter((name) => !removed.includes(name));
    const total = kept.length + count;
    const changes: Record_ = {
      id,
      title: { vi: 'Chuẩn thử', en: 'Fuzz standard' },
      policyYears: { from, to: Math.min(from + span, 2100) },
      indicators: {
        remove: removed,
        add: Array.from({ length: count }, (_, index) => added(`provincial${index}`)),
        update: {
          ...(kept.includes('housingArea') ? { housingArea: { rule: { minimumM2 } } } : {}),
          ...(kept.includes('water') ? { water: { rule: { safe } } } : {}),
        },
      },
    };
    if (threshold !== undefined)
      changes.classification = { deprivationThreshold: Math.min(threshold, total) };
    if (lines !== undefined) {
      const [poverty, near, middle] = lines;
      changes.lines = {
        rural: {
          poverty: month(poverty),
          nearPoverty: month(poverty + near),
          middleUpper: month(poverty + near + middle),
        },
      };
    }
    return changes;
  });

/** Changes made invalid, and the issue they must have. */
export interface BrokenChanges {
  readonly mutation: string;
  readonly changes: Record_;
  readonly path: readonly PathKey[];
  readonly codes: readonly string[];
}

type Apply = (changes: Record_) => Omit<BrokenChanges, 'changes'>;

const indicatorsOf = (changes: Record_) => changes.indicators as Record_;
const updateOf = (changes: Record_) => indicatorsOf(changes).update as Record_;
const keptCount = (changes: Record_) =>
  ND07_IDS.length -
  (indicatorsOf(changes).remove as string[]).length +
  (indicatorsOf(changes).add as unknown[]).length;

/** Names of `Object.prototype` members: never indicator ids. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const MUTATIONS: Record<string, fc.Arbitrary<Apply>> = {
  'threshold above the number of indicators': fc
    .integer({ min: 1, max: 50 })
    .map((extra) => (changes) => {
      const threshold = keptCount(changes) + extra;
      changes.classification = { deprivationThreshold: threshold };
      return {
        mutation: 'threshold above the number of indicators',
        path: ['classification', 'deprivationThreshold'],
        codes: threshold > 1000 ? ['too-large'] : ['threshold-above-indicators'],
      };
    }),
  'threshold of 0 or less, or not whole': fc
    .constantFrom(0, -1, 2.5, Number.NaN)
    .map((threshold) => (changes) => {
      changes.classification = { deprivationThreshold: threshold };
      return {
        mutation: 'threshold of 0 or less, or not whole',
        path: ['classification', 'deprivationThreshold'],
        codes: ['too-small', 'invalid-type'],
      };
    }),
  'every indicator removed': fc.constant((changes: Record_) => {
    changes.indicators = { remove: [...ND07_IDS] };
    return { mutation: 'every indicator removed', path: ['indicators'], codes: ['no-indicators'] };
  }),
  'an unknown indicator removed': fc
    .constantFrom('constructor', 'toString', '__proto__', 'Water', 'wasteTreatment')
    .map((id) => (changes) => {
      const remove = indicatorsOf(changes).remove as string[];
      remove.push(id);
      return {
        mutation: 'an unknown indicator removed',
        path: ['indicators', 'remove', remove.length - 1],
        codes: ['unknown-indicator'],
      };
    }),
  'an unknown indicator updated': fc
    .constantFrom('constructor', 'toString', 'hasOwnProperty', '__proto__', 'Water', 'a.b')
    .map((id) => (changes) => {
      setOwn(updateOf(changes), id, { service: 'health' });
      return {
        mutation: 'an unknown indicator updated',
        path: ['indicators', 'update', id],
        codes: ['unknown-indicator'],
      };
    }),
  'an added id named like an Object.prototype member': fc
    .constantFrom(...PROTOTYPE_NAMES)
    .map((id) => (changes) => {
      const add = indicatorsOf(changes).add as unknown[];
      add.push(added(id));
      return {
        mutation: 'an added id named like an Object.prototype member',
        path: ['indicators', 'add', add.length - 1, 'id'],
        codes: ['reserved-indicator-id', 'invalid-format'],
      };
    }),
  'an added id taken': fc.constantFrom(...ND07_IDS).map((id) => (changes) => {
    const add = indicatorsOf(changes).add as unknown[];
    indicatorsOf(changes).remove = [];
    add.push(added(id));
    return {
      mutation: 'an added id taken',
      path: ['indicators', 'add', add.length - 1, 'id'],
      codes: ['duplicate-indicator'],
    };
  }),
  'an empty safe-water list': fc.constant((changes: Record_) => {
    indicatorsOf(changes).remove = [];
    updateOf(changes).water = { rule: { safe: [] } };
    return {
      mutation: 'an empty safe-water list',
      path: ['indicators', 'update', 'water', 'rule', 'safe'],
      codes: ['empty-list'],
    };
  }),
  'school ages that include no child': fc
    .tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 150 }))
    .filter(([from, under]) => from >= under)
    .map(([fromAge, underAge]) => (changes) => {
      indicatorsOf(changes).remove = [];
      updateOf(changes).childSchooling = { rule: { fromAge, underAge } };
      return {
        mutation: 'school ages that include no child',
        path: ['indicators', 'update', 'childSchooling', 'rule', 'fromAge'],
        codes: ['age-order'],
      };
    }),
  'a share of one or more': fc
    .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 100 }))
    .map(([denominator, more]) => (changes) => {
      indicatorsOf(changes).remove = [];
      const shareAbove = { numerator: denominator + more, denominator };
      updateOf(changes).dependants = { rule: { shareAbove } };
      return {
        mutation: 'a share of one or more',
        path: ['indicators', 'update', 'dependants', 'rule', 'shareAbove'],
        codes: ['share-not-below-one'],
      };
    }),
  'policy years out of range': fc
    .constantFrom(-100_000, 1999, 2101, 1e9, 2024.5)
    .map((year) => (changes) => {
      changes.policyYears = { from: year, to: 2030 };
      return {
        mutation: 'policy years out of range',
        path: ['policyYears', 'from'],
        codes: ['too-small', 'too-large', 'invalid-type'],
      };
    }),
  'policy years in reverse': fc.integer({ min: 2001, max: 2100 }).map((from) => (changes) => {
    changes.policyYears = { from, to: from - 1 };
    return { mutation: 'policy years in reverse', path: ['policyYears'], codes: ['year-order'] };
  }),
  'lines out of order': fc.integer({ min: 1, max: 1_000_000 }).map((gap) => (changes) => {
    changes.lines = { urban: { poverty: month(3_000_000), nearPoverty: month(3_000_000 - gap) } };
    return {
      mutation: 'lines out of order',
      path: ['lines', 'urban', 'nearPoverty'],
      codes: ['line-order'],
    };
  }),
  'a line that is not whole positive đồng': fc
    .constantFrom(0, -1, 1.5, 1e13, Number.POSITIVE_INFINITY)
    .map((amount) => (changes) => {
      changes.lines = { rural: { poverty: { amount, per: 'month' } } };
      return {
        mutation: 'a line that is not whole positive đồng',
        path: ['lines', 'rural', 'poverty', 'amount'],
        codes: ['too-small', 'too-large', 'invalid-type'],
      };
    }),
  'a national id': fc
    .constantFrom('nd07-2021', 'qd59-2015', 'nd351-2025')
    .map((id) => (changes) => {
      changes.id = id;
      return { mutation: 'a national id', path: ['id'], codes: ['reserved-id'] };
    }),
  'a malformed id': fc
    .constantFrom('Fuzz', 'has space', '', '-x', 'x'.repeat(65))
    .map((id) => (changes) => {
      changes.id = id;
      return { mutation: 'a malformed id', path: ['id'], codes: ['invalid-format', 'too-long'] };
    }),
  'an unknown key': fc.tuple(fc.nat(), UNKNOWN_KEY).map(([at, key]) => (changes) => {
    const places: [Record_, PathKey[]][] = [
      [changes, []],
      [changes.title as Record_, ['title']],
      [indicatorsOf(changes), ['indicators']],
    ];
    const [target, path] = places[at % places.length] as [Record_, PathKey[]];
    setOwn(target, key, 1);
    return { mutation: 'an unknown key', path: [...path, key], codes: ['unknown-key'] };
  }),
  'an unknown rule parameter': UNKNOWN_KEY.map((key) => (changes) => {
    indicatorsOf(changes).remove = [];
    const rule = { minimumM2: 9 };
    setOwn(rule, key, 1);
    updateOf(changes).housingArea = { rule };
    return {
      mutation: 'an unknown rule parameter',
      path: ['indicators', 'update', 'housingArea', 'rule', key],
      codes: ['unknown-key'],
    };
  }),
  'a title missing or empty': fc.constantFrom('missing', 'empty').map((how) => (changes) => {
    if (how === 'missing') delete changes.title;
    else changes.title = { vi: '', en: 'x' };
    return {
      mutation: 'a title missing or empty',
      path: how === 'missing' ? ['title'] : ['title', 'vi'],
      codes: how === 'missing' ? ['required'] : ['empty-text'],
    };
  }),
};

/** One mutation of valid changes, applied to a copy. */
export const brokenChanges: fc.Arbitrary<BrokenChanges> = fc
  .tuple(validChanges, fc.oneof(...Object.values(MUTATIONS)))
  .map(([changes, apply]) => {
    const broken = copy(changes);
    return { ...apply(broken), changes: broken };
  });
