import type { ActionView } from '../rules/decision';
import type { FieldChange } from './diff';
import type { FundingChoice, FundingLevel, RoundState, Verdict } from './rules';
import type { ApprovalSubject, ChainStep } from './types';

/** One decision as the timeline and the processed list show it. */
export interface DecisionDto {
  id: number;
  step: number;
  orgId: number;
  orgName: string;
  deciderId: number;
  deciderName: string;
  verdict: Verdict;
  funding: FundingChoice | null;
  comment: string;
  decidedAt: string;
}

/** A submission in an approval list: what it is, where it stands and what the caller may do. */
export interface ApprovalItemDto {
  subject: ApprovalSubject;
  subjectId: number;
  roundId: number;
  round: number;
  /** The round's version: a decision names it, and a stale one gets 409. */
  version: number;
  title: string;
  orgId: number;
  orgName: string;
  /** The institute the org belongs to, when the org is a department below it (null for an institute or the Academy). */
  instituteName: string | null;
  year: number;
  /** The subject's own kind, e.g. a plan's 年度计划 / 新增计划. */
  kind: string;
  /** When it takes place (a plan's 培训时间). */
  when: string;
  /** Whom to ask (联系人). */
  contact: string;
  fundingLevel: FundingLevel;
  submittedAt: string;
  submitterName: string;
  state: RoundState;
  /** The org whose decision is awaited; null once the round has ended. */
  currentOrgId: number | null;
  chain: ChainStep[];
  /** A-4 for the caller, the reason in their language. */
  decide: ActionView;
  /** whether approving here asks to support or drop the funding. */
  fundingChoice: boolean;
  /** In the processed list: the caller's decision. */
  myDecision?: DecisionDto;
}

export interface ApprovalPage {
  items: ApprovalItemDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** The manual's org list beside the queue: pending items per org directly below the caller's. */
export interface OrgCountDto {
  orgId: number;
  orgName: string;
  count: number;
}

/** one submission of a subject with the decisions taken on it. */
export interface TimelineRoundDto {
  round: number;
  submittedAt: string;
  submitterName: string;
  state: RoundState;
  chain: ChainStep[];
  decisions: DecisionDto[];
}

/** For a resubmission: what changed since the version that was returned. */
export interface SubmissionDiffDto {
  round: number;
  previousRound: number | null;
  changes: FieldChange[];
}

export type BatchItemResult = { subjectId: number; ok: true } | { subjectId: number; ok: false; code: string; message: string; rule?: string };
