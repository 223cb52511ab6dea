import type { ChainStep } from '../approvals/types';
import type { ActionView } from '../rules/decision';
import type { ApprovalState, EditState, PlanAction } from './enums';
import type { PlanInput } from './schemas';
import type { FundingRankingScope } from './rules';

/** A plan as `GET /api/plans` and `GET /api/plans/:id` return it. */
export interface PlanDto extends PlanInput {
  id: number;
  orgName: string;
  creatorId: number;
  editState: EditState;
  approval: ApprovalState;
  published: boolean;
  implemented: boolean;
  revoked: boolean;
  revokeReason: string | null;
  /** 资助计划筛选: the institute's priority among its funded plans (1 = first), null until ranked. */
  fundingRank: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  chain: ChainStep[];
  actions: Record<PlanAction, ActionView>;
}

/**
 * 资助计划筛选 (P-6) of one org and year. At an institute the items are in
 * the institute's order; at the Academy they are in the Academy's own
 * priority, each plan keeping its institute's `fundingRank`, and
 * `institutes` lists every institute's order side by side.
 */
export interface FundingRankingDto {
  orgId: number;
  orgName: string;
  year: number;
  scope: FundingRankingScope;
  /** Whether the caller may save this order; when not, why (an institute's order is its own). */
  editable: ActionView;
  items: PlanDto[];
  institutes: Array<{ orgId: number; orgName: string; items: PlanDto[] }>;
}

export interface PlanPage {
  items: PlanDto[];
  total: number;
  page: number;
  pageSize: number;
}

/** P-12 counts of one slice (an org's subtree, a category). */
export interface RateCounts {
  published: number;
  revoked: number;
  implemented: number;
  /** implemented ÷ (published − revoked); null when nothing counts yet. */
  rate: number | null;
}

/** The implementation-rate overview of one org's subtree and year, with its children and categories. */
export interface RateOverview extends RateCounts {
  year: number;
  orgId: number;
  orgName: string;
  byOrg: Array<RateCounts & { orgId: number; orgName: string; hasChildren: boolean }>;
  byCategory: Array<RateCounts & { category: string }>;
}
