import type { AdultQualificationRule, QualificationBand } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers, scanOutcomes } from './scan-members';

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

const inScope = (facts: MemberFacts, rule: AdultQualificationRule): boolean =>
  bandOf(facts, rule) !== undefined;

function lacksEducation(
  facts: MemberFacts,
  rule: AdultQualificationRule,
): boolean | readonly string[] {
  const { member } = facts;
  const band = bandOf(facts, rule) as QualificationBand;
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
 */
export function adultQualification(
  context: HouseholdContext,
  rule: AdultQualificationRule,
): RuleFinding {
  return scanMembers(context, rule, inScope, lacksEducation, OUTCOMES);
}
