import type { Message } from '../i18n/message';
import type { EvidenceValues, MemberEvidence } from '../indicators/finding';
import type { LegalCitation } from '../law/citation';
import type { Reason } from './types';

/*
 * Results are plain objects that share nothing with other results (see `Assessment`). The engine
 * keeps shared templates (reasons, citations, labels, cut-off lists) and gives each result its own
 * copy of them. Hand-written for the known shapes: a generic deep copy costs several times more,
 * and this runs for every indicator of every household.
 */

export const copyMessage = (message: Message): Message => ({ vi: message.vi, en: message.en });

export function copyCitation(citation: LegalCitation): LegalCitation {
  const copy: { -readonly [K in keyof LegalCitation]: LegalCitation[K] } = {
    kind: citation.kind,
    number: citation.number,
    grade: citation.grade,
  };
  if (citation.article !== undefined) copy.article = citation.article;
  if (citation.note !== undefined) copy.note = citation.note;
  return copy;
}

export function copyValues(values: EvidenceValues): EvidenceValues {
  const copy: Record<string, EvidenceValues[string]> = {};
  for (const key in values) {
    const value = values[key] as EvidenceValues[string];
    copy[key] = Array.isArray(value) ? value.slice() : value;
  }
  return copy;
}

export function copyReason<Code extends string>(reason: Reason<Code>): Reason<Code> {
  const copy: { -readonly [K in keyof Reason<Code>]: Reason<Code>[K] } = {
    code: reason.code,
    message: copyMessage(reason.message),
  };
  if (reason.values !== undefined) copy.values = { ...reason.values };
  if (reason.basis !== undefined) copy.basis = copyCitation(reason.basis);
  return copy;
}

export function copyMemberValues(list: readonly MemberEvidence[]): MemberEvidence[] {
  const copy: MemberEvidence[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i] as MemberEvidence;
    copy[i] = {
      memberId: entry.memberId,
      memberIndex: entry.memberIndex,
      ageYears: entry.ageYears,
      values: copyValues(entry.values),
    };
  }
  return copy;
}
