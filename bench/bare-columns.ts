import type { HouseholdColumns } from '../src/index';

/**
 * The bare classifier of `bare-classifier.ts` over columns: the nd07-2021 rules with no reasons,
 * no citations and no declared values, reading the typed arrays of `encodeHouseholds` and writing
 * a category code per household (the codes of `CATEGORY_CODES`). The speed limit the batch path is
 * measured against.
 */

// Codes of the contract's lists (src/household/values.ts).
const WORK_DEPRIVING = (1 << 1) | (1 << 4); // wage-without-contract, unemployed
const NUTRITION_NORMAL = 0;
const DISABILITY_NONE = 0;
const SAFE_WATER_MASK = (1 << 0) | (1 << 1) | (1 << 2) | (1 << 4) | (1 << 6) | (1 << 7);
const HYGIENIC_MASK = 0b111111; // the first six latrines
const DEVICE_MASK = 0b1111; // television, radio, computer, smartphone
const QUALIFY_16_17 = (1 << 2) | (1 << 3) | (1 << 5) | (1 << 6) | (1 << 7);
const QUALIFY_18_30 = (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7);
const LEVEL_RANK = [0, 1, 2, 3, 3, 4];

function retirementMonths(male: boolean, birthYear: number, birthMonth: number): number {
  const base = male ? 720 : 660;
  const step = male ? 3 : 4;
  const cap = male ? 744 : 720;
  const born = birthYear * 12 + birthMonth - 1;
  for (let year = birthYear + (male ? 59 : 54); ; year++) {
    const months = Math.min(cap, base + Math.max(0, year - 2020) * step);
    if (Math.floor((born + months) / 12) <= year) return months;
  }
}

/** 1 deprived, 0 not, -1 unknown, combined as "any deprived, else any unknown". */
const any = (current: number, next: number): number =>
  current === 1 || next === 1 ? 1 : current === -1 || next === -1 ? -1 : 0;

/** Category codes (poor 0, near-poor 1, middle 2, not-poor 3, undetermined 4) under nd07-2021. */
export function bareClassifyColumns(
  c: HouseholdColumns,
  year: number,
  month: number,
  day: number,
  out: Uint8Array,
): void {
  const schoolYear = month >= 9 ? year : year - 1;
  for (let h = 0; h < c.households; h++) {
    const from = c.memberStart[h] as number;
    const to = c.memberStart[h + 1] as number;
    let employment = 0;
    let nutrition = 0;
    let insurance = 0;
    let adultEducation = 0;
    let schooling = 0;
    let dependants = 0;
    let openDependants = 0;
    let internet = 0;
    let internetOpen = false;
    for (let m = from; m < to; m++) {
      const birth = c.birth[m] as number;
      const by = Math.floor(birth / 10000);
      const bm = Math.floor(birth / 100) % 100;
      let months = (year - by) * 12 + month - bm;
      if (day < birth % 100) months--;
      const age = Math.floor(months / 12);
      if (months >= 180 && months < retirementMonths(c.sex[m] === 0, by, bm)) {
        const work = c.work[m] as number;
        employment = any(employment, work === 255 ? -1 : (WORK_DEPRIVING >> work) & 1);
      }
      const allowance = c.monthlySocialAllowance[m];
      const disability = c.disability[m];
      if (age < 16) {
        dependants++;
        const n = c.nutrition[m];
        nutrition = any(nutrition, n === 255 ? -1 : n === NUTRITION_NORMAL ? 0 : 1);
      } else if (allowance === 1) {
        if (age >= 60 || (disability !== 255 && disability !== DISABILITY_NONE)) dependants++;
        else if (disability === 255) openDependants++;
      } else if (allowance === 2 && (age >= 60 || disability !== DISABILITY_NONE)) openDependants++;
      if (age >= 6) {
        const card = c.healthInsurance[m];
        insurance = any(insurance, card === 2 ? -1 : card === 1 ? 0 : 1);
      }
      const attending = c.attending[m];
      if (age >= 16 && age <= 30 && attending !== 1) {
        const qualifying = age <= 17 ? QUALIFY_16_17 : QUALIFY_18_30;
        const known = c.qualificationsKnown[m] === 1;
        const certified = c.employerCertifiedTraining[m];
        adultEducation = any(
          adultEducation,
          (known && ((c.qualifications[m] as number) & qualifying) !== 0) || certified === 1
            ? 0
            : !known || attending === 2 || certified === 2
              ? -1
              : 1,
        );
      }
      if (age >= 3 && age < 16) {
        const schoolAge = schoolYear - by;
        const expected = schoolAge >= 15 ? 3 : schoolAge >= 11 ? 2 : schoolAge >= 6 ? 1 : 0;
        const level = c.schoolLevel[m] as number;
        schooling = any(
          schooling,
          attending === 2
            ? -1
            : attending === 0
              ? 1
              : level === 255
                ? -1
                : (LEVEL_RANK[level] as number) < expected
                  ? 1
                  : 0,
        );
      }
      const uses = c.usesInternet[m];
      if (uses === 1) internet = 1;
      else if (uses === 2) internetOpen = true;
    }
    const n = to - from;
    let deprived =
      (employment === 1 ? 1 : 0) +
      (nutrition === 1 ? 1 : 0) +
      (insurance === 1 ? 1 : 0) +
      (adultEducation === 1 ? 1 : 0) +
      (schooling === 1 ? 1 : 0);
    let unknown =
      (employment === -1 ? 1 : 0) +
      (nutrition === -1 ? 1 : 0) +
      (insurance === -1 ? 1 : 0) +
      (adultEducation === -1 ? 1 : 0) +
      (schooling === -1 ? 1 : 0);
    if (dependants * 2 > n) deprived++;
    else if ((dependants + openDependants) * 2 > n) unknown++;
    if (internet === 0) {
      if (internetOpen) unknown++;
      else deprived++;
    }
    const dwelling = c.dwelling[h] as number;
    if ((dwelling & 1) !== 0) deprived += 2;
    else {
      if (((dwelling >> 1) & 1) + ((dwelling >> 2) & 1) + ((dwelling >> 3) & 1) >= 2) deprived++;
      if ((c.floorAreaM2[h] as number) < 8 * n) deprived++;
    }
    if (((SAFE_WATER_MASK >> (c.water[h] as number)) & 1) === 0) deprived++;
    if (((HYGIENIC_MASK >> (c.latrine[h] as number)) & 1) === 0) deprived++;
    if (((c.devices[h] as number) & DEVICE_MASK) === 0) deprived++;
    const rural = c.area[h] === 0;
    const poverty = (rural ? 18_000_000 : 24_000_000) * n;
    const middle = (rural ? 27_000_000 : 36_000_000) * n;
    const annual = c.income[h] as number;
    out[h] =
      annual > middle
        ? 3
        : annual > poverty
          ? 2
          : deprived >= 3
            ? 0
            : deprived + unknown >= 3
              ? 4
              : 1;
  }
}
