import type { ValidationIssue } from '../errors';
import { formatPath } from '../household/format-path';
import { checkRule } from './changes-schema';
import type { IndicatorChanges, IndicatorUpdate } from './standard-changes';
import { standardIssue, standardZodIssues } from './standard-issues';
import type { IndicatorDefinition, IndicatorRule } from './types';

function unknownIndicator(path: string, id: string): ValidationIssue {
  return standardIssue(
    path,
    'unknown-indicator',
    `Chuẩn gốc không có chỉ số ${JSON.stringify(id)}.`,
    `The base standard has no indicator ${JSON.stringify(id)}.`,
  );
}

function updateIndicator(
  current: IndicatorDefinition,
  update: IndicatorUpdate,
  issues: ValidationIssue[],
): IndicatorDefinition {
  let rule = current.rule;
  if (update.rule !== undefined) {
    const replaces = update.rule.kind !== undefined && update.rule.kind !== current.rule.kind;
    const candidate = replaces ? update.rule : { ...current.rule, ...update.rule };
    const checked = checkRule(candidate);
    if (checked.success) rule = checked.data as IndicatorRule;
    else
      issues.push(
        ...standardZodIssues(checked.issues, candidate, [
          'indicators',
          'update',
          current.id,
          'rule',
        ]),
      );
  }
  return {
    ...current,
    ...(update.service === undefined ? {} : { service: update.service }),
    ...(update.label === undefined ? {} : { label: update.label }),
    ...(update.basis === undefined ? {} : { basis: update.basis }),
    rule,
  };
}

/**
 * The base's indicators with the changes applied: removed, then updated, then added. `updateIds`
 * are the own keys of the caller's `update` object, read from the caller's input, so that a key
 * such as `__proto__` is reported rather than lost.
 */
export function deriveIndicators(
  base: readonly IndicatorDefinition[],
  change: IndicatorChanges | undefined,
  updateIds: readonly string[],
  issues: ValidationIssue[],
): IndicatorDefinition[] {
  if (change === undefined) return [...base];
  const known = new Set(base.map((indicator) => indicator.id));
  (change.remove ?? []).forEach((id, index) => {
    if (!known.has(id))
      issues.push(unknownIndicator(formatPath(['indicators', 'remove', index]), id));
  });
  for (const id of updateIds) {
    if (!known.has(id)) issues.push(unknownIndicator(formatPath(['indicators', 'update', id]), id));
  }
  const updates = new Map(Object.entries(change.update ?? {}));
  const removed = new Set<string>(change.remove ?? []);
  const kept = base
    .filter((indicator) => !removed.has(indicator.id))
    .map((indicator) => {
      const update = updates.get(indicator.id);
      return update === undefined ? indicator : updateIndicator(indicator, update, issues);
    });
  const ids = new Set(kept.map((indicator) => indicator.id));
  (change.add ?? []).forEach((added, index) => {
    if (ids.has(added.id))
      issues.push(
        standardIssue(
          formatPath(['indicators', 'add', index, 'id']),
          'duplicate-indicator',
          `Chỉ số ${JSON.stringify(added.id)} đã có trong chuẩn.`,
          `The standard already has an indicator ${JSON.stringify(added.id)}.`,
        ),
      );
    ids.add(added.id);
  });
  return [...kept, ...(change.add ?? [])];
}
