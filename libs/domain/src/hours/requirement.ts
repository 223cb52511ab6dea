import { HOURS_DECIMALS } from '../numbers/precision';
import { isInSubtree } from '../orgs/tree';

/**
 * The yearly requirement of continuing education (SPEC §3a): at least
 * `annualHours` 学时 a year, of which at least `professionalShare` are
 * 专业科目. The Academy sets it; an org may override it for its subtree.
 */
export interface HoursRequirement {
  annualHours: number;
  /** A fraction from 0 to 1, kept to four places (2/3 is 0.6667). */
  professionalShare: number;
}

/** 人社部令第25号: 90 学时 a year, 专业科目 generally at least two thirds. */
export const DEFAULT_HOURS_REQUIREMENT: HoursRequirement = { annualHours: 90, professionalShare: 0.6667 };

/** Decimal places of a professional share, as the column keeps it. */
export const SHARE_DECIMALS = 4;

const roundHours = (value: number) => Math.round(value * 10 ** HOURS_DECIMALS) / 10 ** HOURS_DECIMALS;

/** The 专业科目 hours a requirement asks for, to the tenth of an hour the ledger keeps (90 × 2/3 = 60). */
export function requiredProfessionalHours(requirement: HoursRequirement): number {
  return roundHours(requirement.annualHours * requirement.professionalShare);
}

/** Where a person's hours of one year stand against the requirement in force (H-2). */
export interface HoursProgress {
  generalHours: number;
  professionalHours: number;
  totalHours: number;
  requiredHours: number;
  requiredProfessionalHours: number;
  /** Hours still missing to the total, and 专业科目 hours still missing to their share. */
  missingHours: number;
  missingProfessionalHours: number;
  /** Total hours as a share of the requirement, from 0 (none) up (1 = met). */
  completion: number;
  met: boolean;
}

export function progressOf(hours: { generalHours: number; professionalHours: number }, requirement: HoursRequirement): HoursProgress {
  const generalHours = roundHours(hours.generalHours);
  const professionalHours = roundHours(hours.professionalHours);
  const totalHours = roundHours(generalHours + professionalHours);
  const requiredProfessional = requiredProfessionalHours(requirement);
  const missingHours = roundHours(Math.max(0, requirement.annualHours - totalHours));
  const missingProfessionalHours = roundHours(Math.max(0, requiredProfessional - professionalHours));
  return {
    generalHours,
    professionalHours,
    totalHours,
    requiredHours: requirement.annualHours,
    requiredProfessionalHours: requiredProfessional,
    missingHours,
    missingProfessionalHours,
    completion: requirement.annualHours === 0 ? 1 : totalHours / requirement.annualHours,
    met: missingHours === 0 && missingProfessionalHours === 0,
  };
}

/**
 * H-2 at-risk: below the chosen share of the requirement, counting what is
 * on record by the chosen date. The share applies to the total and to the
 * 专业科目 part alike, so someone with all their hours in 公需科目 is at risk too.
 */
export function isAtRisk(progress: HoursProgress, share: number): boolean {
  const below = (have: number, need: number) => have + 1e-9 < need * share;
  return below(progress.totalHours, progress.requiredHours) || below(progress.professionalHours, progress.requiredProfessionalHours);
}

/** The requirement in force for an org: the nearest override on its path, else the Academy's, else the default. */
export function requirementInForce<R extends HoursRequirement & { orgPath: string }>(orgPath: string, overrides: readonly R[]): R | null {
  const onPath = overrides.filter((r) => isInSubtree(r.orgPath, orgPath));
  return onPath.sort((a, b) => b.orgPath.length - a.orgPath.length)[0] ?? null;
}
