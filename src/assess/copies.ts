import type { Message } from '../i18n/message';
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

export function copyReason<Code extends string>(reason: Reason<Code>): Reason<Code> {
  const copy: { -readonly [K in keyof Reason<Code>]: Reason<Code>[K] } = {
    code: reason.code,
    message: copyMessage(reason.message),
  };
  if (reason.values !== undefined) copy.values = { ...reason.values };
  if (reason.basis !== undefined) copy.basis = copyCitation(reason.basis);
  return copy;
}
