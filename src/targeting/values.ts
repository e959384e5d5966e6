import type { HousingPriorityLevel, ProposerKind } from './types';

/** The levels of Project 5's priority order, first level first (Decision 90/QĐ-TTg). */
export const HOUSING_PRIORITY_LEVELS: readonly [HousingPriorityLevel, ...HousingPriorityLevel[]] = [
  'poor-ethnic-minority',
  'poor-with-person-of-merit',
  'with-social-protection-beneficiary',
  'especially-hard-circumstances',
  'often-hit-by-disasters',
  'other-poor-or-near-poor',
];

/** Who may be named as the proposer of a community production project (`other` is refused). */
export const PROPOSER_KINDS: readonly [ProposerKind, ...ProposerKind[]] = [
  'commune-certified-household-group',
  'cooperative-group',
  'represented-household-group',
  'other',
];
