import type { IndicatorRule, QualificationBand } from '../standards/types';
import type { HouseholdContext, MemberFacts } from './context';
import type { RuleFinding } from './finding';
import { scanMembers } from './scan-members';

type Rule = Extract<IndicatorRule, { kind: 'adult-qualification' }>;

function bandOf({ ageYears, birth }: MemberFacts, rule: Rule): QualificationBand | undefined {
  return rule.bands.find(
    (band) =>
      ageYears >= band.fromAge &&
      (band.toAge === null || ageYears <= band.toAge) &&
      (band.bornFromYear === null || birth.year >= band.bornFromYear),
  );
}

function lacksEducation(facts: MemberFacts, rule: Rule): boolean | readonly string[] {
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
export function adultQualification(context: HouseholdContext, rule: Rule): RuleFinding {
  return scanMembers(
    context,
    (facts) => bandOf(facts, rule) !== undefined,
    (facts) => lacksEducation(facts, rule),
    {
      deprived: 'adult-without-expected-education',
      notDeprived: 'adults-educated-or-in-school',
      unknown: 'adult-education-missing',
      noneInScope: 'no-member-in-age-range',
    },
  );
}
