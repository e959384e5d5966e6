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
  const { kind, number, grade, article, note } = citation;
  // Each shape written out whole, rather than optional keys added one by one: the engine builds a
  // literal of known shape at once, and this runs for every indicator of every household.
  if (article === undefined)
    return note === undefined ? { kind, number, grade } : { kind, number, grade, note };
  return note === undefined
    ? { kind, number, grade, article }
    : { kind, number, grade, article, note };
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
