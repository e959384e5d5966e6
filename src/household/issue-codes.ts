/**
 * The codes of the problems `parseHousehold` reports: the contract that programs switch on (the
 * messages may improve), each listed with its meaning in the guide Codes.
 *
 * @see {@link !"Codes" | Codes}
 */
export type ParseIssueCode =
  | 'required'
  | 'invalid-type'
  | 'invalid-value'
  | 'unknown-key'
  | 'empty-members'
  | 'empty-list'
  | 'empty-text'
  | 'too-small'
  | 'too-large'
  | 'too-long'
  | 'too-many'
  | 'not-integer-vnd'
  | 'negative-amount'
  | 'invalid-birth-date'
  | 'invalid-partial-date'
  | 'invalid-date'
  | 'date-too-early'
  | 'invalid-declared-key'
  | 'unknown-ethnicity'
  | 'income-form-count'
  | 'dwelling-none-with-structures'
  | 'duplicate-member-id'
  | 'qualification-not-in-list'
  | 'birth-after-reference'
  | 'after-reference'
  | 'left-before-since'
  | 'too-many-issues'
  | 'unreadable-record';
