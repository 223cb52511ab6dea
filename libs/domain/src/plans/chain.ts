import type { PlanType } from './enums';
import { ancestorPath, pathIds } from '../orgs/tree';

export interface ChainInput {
  /** The plan's org path, `/academy/institute/department/…/`. */
  orgPath: string;
  planType: PlanType;
  fundingRequested: boolean;
  /** The paths of the orgs where the creator is an admin (院管理员 or 院所管理员). */
  creatorAdminPaths: readonly string[];
}

/**
 * P-3: the orgs that must approve, bottom up. An added plan created by an
 * institute or academy admin needs none. Otherwise a plan below the Academy
 * goes to its institute (unless its creator administers that institute or
 * more); annual plans and plans asking funding continue to the Academy, and
 * so does any plan of the Academy's own that an admin did not create.
 */
export function approvalChain({ orgPath, planType, fundingRequested, creatorAdminPaths }: ChainInput): number[] {
  const [academy, institute] = pathIds(orgPath);
  const academyPath = ancestorPath(orgPath, 0)!;
  const institutePath = ancestorPath(orgPath, 1);
  /** The creator administers this org or one above it. */
  const administers = (path: string) => creatorAdminPaths.some((admin) => path.startsWith(admin));

  if (planType === 'added' && administers(orgPath)) return [];
  const chain: number[] = [];
  if (institutePath && !administers(institutePath)) chain.push(institute);
  if (planType === 'annual' || fundingRequested || (!institutePath && !administers(academyPath))) chain.push(academy);
  return chain;
}
