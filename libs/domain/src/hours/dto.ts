import type { AttachmentDto } from '../attachments/types';
import type { ActionView } from '../rules/decision';
import type { CertificateRefDto } from './certificates';
import type { StaffSummary } from '../directory/types';
import type { ExternalActivity, LedgerEntryKind } from './enums';
import type { HoursProgress, HoursRequirement } from './requirement';
import type { HoursByKind } from './rules';

/** The requirement in force for a person or an org, and where it is set (shown with every figure, H-2). */
export interface RequirementInForceDto extends HoursRequirement {
  requiredProfessionalHours: number;
  /** The org whose setting this is; null for the national default. */
  orgId: number | null;
  orgName: string | null;
}

/** The requirement at an org, for its admins' form: in force there, whether it is the org's own, and the version to send back. */
export interface RequirementAtOrgDto extends RequirementInForceDto {
  own: boolean;
  version: number;
}

/** One ledger row (H-1), as the person's history shows it. */
export interface LedgerEntryDto extends HoursByKind {
  id: number;
  kind: LedgerEntryKind;
  year: number;
  /** The class the hours come from, or the external activity. */
  source: { type: 'class'; classId: number } | { type: 'external'; activity: ExternalActivity; evidence: string; files: AttachmentDto[] };
  title: string;
  /** The activity's day (a class's last day), YYYY-MM-DD. */
  date: string;
  recordedBy: string;
  recordedAt: string;
  /** A reversal's or correction's reason. */
  reason: string | null;
  /** The row a reversal takes back, or a correction replaces. */
  refersTo: number | null;
  /** The reversal that took this row back, when one did. */
  reversedBy: number | null;
  /** The class certificate this row carries (H-3): revoked once the row is reversed. */
  certificate: CertificateRefDto | null;
  actions: { reverse: ActionView; addEvidence: ActionView };
}

/** Whose record it is: a staff member as lists show them, without their contact details. */
export type PersonDto = Omit<StaffSummary, 'phone' | 'email'>;

/** A person's record of one year: where they stand, and every row behind it (我的学时, and a manager's view of it). */
export interface HoursRecordDto {
  person: PersonDto;
  year: number;
  /** Years with rows, newest first, and always the current one. */
  years: number[];
  requirement: RequirementInForceDto;
  progress: HoursProgress;
  entries: LedgerEntryDto[];
  /** Whether the caller may record other hours for this person (H-1: managers, never for themselves). */
  actions: { record: ActionView };
}

/** One person of a subtree's progress list (H-2). */
export interface PersonProgressDto extends PersonDto {
  progress: HoursProgress;
  requirement: RequirementInForceDto;
  atRisk: boolean;
}

export interface HoursProgressPage {
  items: PersonProgressDto[];
  total: number;
  page: number;
  pageSize: number;
  year: number;
  /** The date the figures count up to (YYYY-MM-DD). */
  by: string;
  /** The org the list is of, and the requirement set there. */
  org: { id: number; name: string };
  requirement: RequirementInForceDto;
  /** Whether the caller may change the requirement at this org. */
  canSetRequirement: boolean;
}
