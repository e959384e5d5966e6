import type { Household, Member } from '../src/index';

/**
 * A bare, hand-written classifier of the nd07-2021 rules (2022–2026) with no reasons, no
 * citations and no declared values: the practical speed limit that `assessHousehold` is measured
 * against. Same three-valued logic: a missing fact widens the deprivation count to a range.
 */

type Category = 'poor' | 'near-poor' | 'middle' | 'not-poor' | 'undetermined';

const LINES = { rural: [18_000_000, 27_000_000], urban: [24_000_000, 36_000_000] } as const;

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

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** 1 deprived, 0 not, -1 unknown, combined over members as "any deprived, else any unknown". */
function any(current: number, next: number): number {
  return current === 1 || next === 1 ? 1 : current === -1 || next === -1 ? -1 : 0;
}

function levelRank(level: string | undefined): number {
  switch (level) {
    case 'preschool':
      return 0;
    case 'primary':
      return 1;
    case 'lower-secondary':
      return 2;
    case undefined:
      return -1;
    case 'higher':
      return 4;
    default:
      return 3;
  }
}

/** The category of a household under nd07-2021 on the given date. */
export function bareClassify(h: Household, year: number, month: number, day: number): Category {
  let employment = 0;
  let nutrition = 0;
  let insurance = 0;
  let adultEducation = 0;
  let schooling = 0;
  let dependants = 0;
  let openDependants = 0;
  let internet = 0;
  let internetOpen = false;
  const n = h.members.length;
  const schoolYear = month >= 9 ? year : year - 1;
  for (let i = 0; i < n; i++) {
    const m = h.members[i] as Member;
    const b = m.birthDate;
    const by = digits(b, 0, 4);
    const bm = b.length >= 7 ? digits(b, 5, 7) : 1;
    const bd = b.length === 10 ? digits(b, 8, 10) : 1;
    let months = (year - by) * 12 + month - bm;
    if (day < bd) months--;
    const age = Math.floor(months / 12);
    if (months >= 180 && months < retirementMonths(m.sex === 'male', by, bm)) {
      employment = any(
        employment,
        m.work === undefined
          ? -1
          : m.work === 'unemployed' || m.work === 'wage-without-contract'
            ? 1
            : 0,
      );
    }
    if (age < 16) {
      dependants++;
      nutrition = any(nutrition, m.nutrition === undefined ? -1 : m.nutrition === 'normal' ? 0 : 1);
    } else if (m.monthlySocialAllowance === true) {
      if (age >= 60 || (m.disability !== undefined && m.disability !== 'none')) dependants++;
      else if (m.disability === undefined) openDependants++;
    } else if (m.monthlySocialAllowance === undefined && (age >= 60 || m.disability !== 'none'))
      openDependants++;
    if (age >= 6)
      insurance = any(insurance, m.healthInsurance === undefined ? -1 : m.healthInsurance ? 0 : 1);
    if (age >= 16 && age <= 30 && m.schooling?.attending !== true) {
      const q = m.qualification;
      const ok =
        age <= 17
          ? q === 'lower-secondary' ||
            q === 'upper-secondary' ||
            q === 'vocational-intermediate' ||
            q === 'college' ||
            q === 'university'
          : q === 'upper-secondary' ||
            q === 'vocational-elementary' ||
            q === 'vocational-intermediate' ||
            q === 'college' ||
            q === 'university';
      adultEducation = any(
        adultEducation,
        ok || m.employerCertifiedTraining === true
          ? 0
          : q === undefined ||
              m.schooling === undefined ||
              m.employerCertifiedTraining === undefined
            ? -1
            : 1,
      );
    }
    if (age >= 3 && age < 16) {
      const s = m.schooling;
      const schoolAge = schoolYear - by;
      const expected = schoolAge >= 15 ? 3 : schoolAge >= 11 ? 2 : schoolAge >= 6 ? 1 : 0;
      schooling = any(
        schooling,
        s === undefined
          ? -1
          : !s.attending
            ? 1
            : levelRank(s.level) < 0
              ? -1
              : levelRank(s.level) < expected
                ? 1
                : 0,
      );
    }
    if (m.usesInternet === true) internet = 1;
    else if (m.usesInternet === undefined) internetOpen = true;
  }
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
  const d = h.dwelling;
  if (d.none === true) deprived += 2;
  else {
    const nonDurable =
      (d.foundation === 'non-durable' ? 1 : 0) +
      (d.walls === 'non-durable' ? 1 : 0) +
      (d.roof === 'non-durable' ? 1 : 0);
    if (nonDurable >= 2) deprived++;
    if (d.floorAreaM2 < 8 * n) deprived++;
  }
  const w = h.water;
  if (
    !(
      w === 'piped' ||
      w === 'drilled-well' ||
      w === 'protected-dug-well' ||
      w === 'protected-spring' ||
      w === 'rainwater' ||
      w === 'bottled'
    )
  )
    deprived++;
  const l = h.latrine;
  if (
    !(
      l === 'septic' ||
      l === 'semi-septic' ||
      l === 'pour-flush' ||
      l === 'double-vault' ||
      l === 'ventilated-pit' ||
      l === 'biogas'
    )
  )
    deprived++;
  let hasDevice = false;
  for (const device of h.devices) if (device !== 'basic-phone') hasDevice = true;
  if (!hasDevice) deprived++;
  const [poverty, middle] = LINES[h.area as 'rural' | 'urban'];
  const annual = (h.income as { annualTotal: number }).annualTotal;
  if (annual > middle * n) return 'not-poor';
  if (annual > poverty * n) return 'middle';
  if (deprived >= 3) return 'poor';
  return deprived + unknown >= 3 ? 'undetermined' : 'near-poor';
}
