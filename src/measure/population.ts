import { VnPovertyError } from '../errors';
import type { AssessedHousehold, GroupBy, GroupKey, PopulationItem, RejectedRecord } from './types';

/** Whether an item is a record that `assessMany` rejected rather than an assessed household. */
export function isRejected(item: PopulationItem): item is RejectedRecord {
  return (item as RejectedRecord).success === false;
}

/** Checks that an item is an assessed household, so that a wrong argument fails clearly. */
export function assessedItem(item: unknown, index: number): AssessedHousehold {
  const candidate = item as Partial<AssessedHousehold> | null;
  if (
    candidate === null ||
    typeof candidate !== 'object' ||
    typeof candidate.assessment !== 'object' ||
    candidate.assessment === null ||
    typeof candidate.household !== 'object' ||
    candidate.household === null
  ) {
    throw new VnPovertyError('invalid-options', {
      vi: `Phần tử thứ ${index} không phải { household, assessment } (kết quả của assessMany).`,
      en: `Item ${index} is not a { household, assessment } pair (what assessMany yields).`,
    });
  }
  return candidate as AssessedHousehold;
}

/** How an item is named in messages: its household id, or its position. */
export function describe(item: AssessedHousehold, index: number): string {
  const id = item.assessment.householdId;
  return id === undefined ? `#${index}` : `#${index} (${id.slice(0, 100)})`;
}

/** Whether a value can be a group's key: a string, a finite number, a boolean or `null`. */
export function isGroupKey(value: unknown): value is GroupKey {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

const LOCATION_KEYS = {
  province: 'provinceCode',
  commune: 'communeCode',
  village: 'village',
} as const;

/** Checks a grouping option once, and returns the function that gives each item's key. */
export function groupKeyOf(by: GroupBy): (item: AssessedHousehold, index: number) => GroupKey {
  if (typeof by === 'function') {
    return (item, index) => {
      const key = by(item);
      if (isGroupKey(key)) return key;
      throw new VnPovertyError('invalid-group-key', {
        vi: `Hàm nhóm trả về ${String(key)} cho hộ ${describe(item, index)}: cần chuỗi, số hữu hạn, boolean hoặc null (không thuộc nhóm nào).`,
        en: `The grouping function returned ${String(key)} for household ${describe(item, index)}: return a string, a finite number, a boolean, or null for no group.`,
      });
    };
  }
  if (by === 'area') return (item) => item.household.area;
  if (Object.hasOwn(LOCATION_KEYS, by)) {
    const field = LOCATION_KEYS[by];
    return (item) => item.household.location?.[field] ?? null;
  }
  throw new VnPovertyError('invalid-options', {
    vi: `Cách nhóm "${String(by)}" không có: dùng 'province', 'commune', 'village', 'area' hoặc một hàm.`,
    en: `There is no grouping "${String(by)}": use 'province', 'commune', 'village', 'area' or a function.`,
  });
}

/** Checks one survey weight: a finite number at least 0. */
export function checkedWeight(value: unknown, where: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new VnPovertyError('invalid-survey-weight', {
    vi: `Trọng số của hộ ${where} là ${String(value)}: cần một số hữu hạn, không âm.`,
    en: `The survey weight of household ${where} is ${String(value)}: it must be a finite number at least 0.`,
  });
}

/** Checks one count of people: a whole number at least 0. */
export function checkedPeople(value: unknown, where: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new VnPovertyError('invalid-people-count', {
    vi: `Số người của hộ ${where} là ${String(value)}: cần một số nguyên không âm.`,
    en: `The count of people of household ${where} is ${String(value)}: it must be a whole number at least 0.`,
  });
}

/**
 * Remembers the standard of the first assessment and refuses any other: rates over a mix of
 * standards mean nothing, and an Alkire-Foster matrix needs one list of indicators.
 */
export class OneStandard {
  private id: string | undefined;

  /** The standard seen, if any assessment was. */
  get standardId(): string | undefined {
    return this.id;
  }

  /** Checks the next item's standard. */
  check(item: AssessedHousehold, index: number): void {
    const id = item.assessment.standardId;
    if (this.id === undefined) this.id = id;
    else if (id !== this.id) {
      throw new VnPovertyError('mixed-standards', {
        vi: `Hộ ${describe(item, index)} được đánh giá theo chuẩn ${id}, các hộ trước theo chuẩn ${this.id}: mỗi phép đo chỉ dùng một chuẩn (so sánh hai chuẩn bằng compareStandards).`,
        en: `Household ${describe(item, index)} was assessed under ${id}, earlier ones under ${this.id}: a measure takes one standard (compare two with compareStandards).`,
      });
    }
  }
}
