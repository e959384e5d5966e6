import type { Category } from '../household/types';
import type { Message } from './message';

/**
 * The names of the categories in Vietnamese and English, as reports and officers' screens show them.
 *
 * @example
 * ```ts
 * import { CATEGORY_LABELS } from 'vn-poverty';
 * CATEGORY_LABELS['near-poor'].vi; //=> 'hộ cận nghèo'
 * CATEGORY_LABELS.middle.en; //=> 'middle-living-standard household'
 * ```
 */
export const CATEGORY_LABELS: Readonly<Record<Category, Message>> = Object.freeze({
  poor: Object.freeze({ vi: 'hộ nghèo', en: 'poor household' }),
  'near-poor': Object.freeze({ vi: 'hộ cận nghèo', en: 'near-poor household' }),
  middle: Object.freeze({
    vi: 'hộ có mức sống trung bình',
    en: 'middle-living-standard household',
  }),
  'not-poor': Object.freeze({ vi: 'hộ không nghèo', en: 'household that is not poor' }),
  undetermined: Object.freeze({ vi: 'chưa xác định được', en: 'undetermined' }),
});
