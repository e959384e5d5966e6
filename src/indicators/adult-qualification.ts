import type { AdultQualificationRule, QualificationBand } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { MemberScan, scanOutcomes } from './scan-members';

const OUTCOMES = scanOutcomes(
  'adult-without-expected-education',
  'adults-educated-or-in-school',
  'adult-education-missing',
  'no-member-in-age-range',
);

function bandOf(
  { ageYears, birthYear }: MemberFacts,
  rule: AdultQualificationRule,
): QualificationBand | undefined {
  for (const band of rule.bands) {
    if (ageYears < band.fromAge || (band.toAge !== null && ageYears > band.toAge)) continue;
    if (band.bornFromYear === null || birthYear >= band.bornFromYear) return band;
  }
  return undefined;
}

function lacksEducation(
  { member }: MemberFacts,
  band: QualificationBand,
  rule: AdultQualificationRule,
): boolean | readonly string[] {
  if (member.schooling?.attending === true) return false;
  if (member.qualification !== undefined && band.qualifying.includes(member.qualification))
    return false;
  if (rule.employerCertificationCounts && member.employerCertifiedTraining === true) return false;
  const missing: string[] = [];
  if (member.schooling === undefined) missing.push('schooling');
  if (member.qualification === undefined) missing.push('qualification');
  if (rule.employerCertificationCounts && member.employerCertifiedTraining === undefined) {
    missing.push('employerCertifiedTraining');
  }
  return missing.length === 0 ? true : missing;
}

/**
 * Adult education (trình độ giáo dục của người lớn): a member in one of the age bands is neither
 * in school or training nor holds a qualification that counts for the band (nor, where the
 * standard says so, training certified by an employer).
 *
 * Legal basis: Decree 07/2021/NĐ-CP Appendix (16–30) and Decision 59/2015/QĐ-TTg Art. 1 (15 and
 * over, born from 1986), grade U.
 */
export function adultQualification(
  context: HouseholdContext,
  rule: AdultQualificationRule,
): RuleFinding {
  const scan = new MemberScan();
  for (const facts of context.members) {
    const band = bandOf(facts, rule);
    if (band === undefined) continue;
    const lacks = lacksEducation(facts, band, rule);
    if (typeof lacks === 'boolean') scan.decided(facts, lacks);
    else scan.undecided(facts, lacks);
  }
  return scan.finish(OUTCOMES);
}
