import type { Member, Qualification } from '../household/types';
import type { AdultQualificationRule, QualificationBand } from '../standards/types';
import { copyList } from '../util/copy-list';
import type { HouseholdContext, MemberFacts } from './context';
import type { EvidenceValues, RuleFinding } from './finding';
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

/**
 * Every qualification a member holds: the full list (`qualifications`, contract 1.1) with the
 * highest one (`qualification`, contract 1) added, or the highest one alone; `undefined` when
 * neither is recorded.
 */
export function heldQualifications(member: Member): readonly Qualification[] | undefined {
  const { qualification, qualifications } = member;
  if (qualifications === undefined)
    return qualification === undefined ? undefined : [qualification];
  if (qualification === undefined || qualifications.includes(qualification)) return qualifications;
  return [...qualifications, qualification];
}

function bandText(band: QualificationBand): string {
  const to = band.toAge === null ? '' : String(band.toAge);
  return band.bornFromYear === null
    ? `${band.fromAge}–${to}`
    : `${band.fromAge}–${to} (born ${band.bornFromYear} or later)`;
}

function check(
  scan: MemberScan,
  facts: MemberFacts,
  band: QualificationBand,
  rule: AdultQualificationRule,
): void {
  const { member } = facts;
  const held = heldQualifications(member);
  const certified = rule.employerCertificationCounts && member.employerCertifiedTraining === true;
  if (
    member.schooling?.attending === true ||
    certified ||
    held?.some((qualification) => band.qualifying.includes(qualification))
  ) {
    scan.notDeprived();
    return;
  }
  const missing: string[] = [];
  if (member.schooling === undefined) missing.push('schooling');
  if (held === undefined) missing.push('qualifications');
  if (rule.employerCertificationCounts && member.employerCertifiedTraining === undefined)
    missing.push('employerCertifiedTraining');
  const values: Record<string, EvidenceValues[string]> = {
    ageBand: bandText(band),
    qualifying: band.qualifying.slice(),
  };
  if (held !== undefined) values.qualifications = copyList(held);
  if (member.schooling !== undefined) values.attending = member.schooling.attending;
  if (missing.length === 0) scan.deprived(facts, values);
  else scan.undecided(facts, missing, values);
}

/**
 * Adult education (trình độ giáo dục của người lớn): a member in one of the age bands is neither
 * in school or training nor holds any qualification that counts for the band (nor, where the
 * standard says so, training certified by an employer). A member may hold several qualifications
 * (a general-education level and vocational certificates together): any one that counts is enough.
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
    if (band !== undefined) check(scan, facts, band, rule);
  }
  return scan.finish(OUTCOMES, { membersInScope: scan.inScope });
}
