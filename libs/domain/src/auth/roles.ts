import type { Label } from '../i18n/locale';
import { isInSubtree } from '../orgs/tree';

export const ROLES = ['academy_admin', 'institute_admin', 'training_manager', 'staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, Label> = {
  academy_admin: { 'zh-CN': '院管理员', 'en-US': 'Academy admin' },
  institute_admin: { 'zh-CN': '院所管理员', 'en-US': 'Institute admin' },
  training_manager: { 'zh-CN': '培训主管', 'en-US': 'Training manager' },
  staff: { 'zh-CN': '职工', 'en-US': 'Staff' },
};

/** A role is always held at an org, and reaches that org's subtree. */
export interface RoleGrant {
  role: Role;
  orgId: number;
  orgPath: string;
  orgName: string;
}

/** Roles that manage training (plan, approve, run classes). */
export const MANAGER_ROLES: readonly Role[] = ['academy_admin', 'institute_admin', 'training_manager'];
export const ADMIN_ROLES: readonly Role[] = ['academy_admin', 'institute_admin'];

/**
 * The access rule of SPEC §1: a grant at org X reaches X and everything
 * below X. With `roles`, only grants of those roles count.
 */
export function reaches(grants: readonly RoleGrant[], targetPath: string, roles?: readonly Role[]): boolean {
  return grants.some((g) => (!roles || roles.includes(g.role)) && isInSubtree(g.orgPath, targetPath));
}

/**
 * Whether something shared with these orgs reaches a user: a grant at a
 * shared org or anywhere below it (the other way round from `reaches`).
 */
export function reachedByShare(grants: readonly RoleGrant[], sharedWithPaths: readonly string[], roles?: readonly Role[]): boolean {
  return sharedWithPaths.some((share) => grants.some((g) => (!roles || roles.includes(g.role)) && isInSubtree(share, g.orgPath)));
}

export function hasAnyRole(grants: readonly RoleGrant[], roles: readonly Role[]): boolean {
  return grants.some((g) => roles.includes(g.role));
}

/**
 * The org paths a user's grants reach, without paths already covered by
 * another (a grant at the Academy makes one below it redundant).
 */
export function scopePaths(grants: readonly RoleGrant[], roles?: readonly Role[]): string[] {
  const paths = grants.filter((g) => !roles || roles.includes(g.role)).map((g) => g.orgPath);
  return [...new Set(paths)].filter((p) => !paths.some((other) => other !== p && isInSubtree(other, p)));
}
