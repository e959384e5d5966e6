import type { PovertyStatus } from '../household/types';
import type { Message } from './message';

/**
 * The answers to the programme's question, "poor, near-poor or neither?", in Vietnamese and
 * English, as reports and officers' screens show them.
 *
 * @example
 * ```ts
 * import { POVERTY_LABELS } from 'vn-poverty';
 * POVERTY_LABELS.neither.vi; //=> 'không nghèo, không cận nghèo'
 * POVERTY_LABELS['near-poor'].en; //=> 'near-poor'
 * ```
 */
export const POVERTY_LABELS: Readonly<Record<PovertyStatus, Message>> = Object.freeze({
  poor: Object.freeze({ vi: 'hộ nghèo', en: 'poor' }),
  'near-poor': Object.freeze({ vi: 'hộ cận nghèo', en: 'near-poor' }),
  neither: Object.freeze({ vi: 'không nghèo, không cận nghèo', en: 'neither poor nor near-poor' }),
  undetermined: Object.freeze({ vi: 'chưa xác định được', en: 'undetermined' }),
});
