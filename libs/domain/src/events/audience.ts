import { MANAGER_ROLES, type Role, type RoleGrant } from '../auth/roles';
import { isInSubtree, pathIds } from '../orgs/tree';

/**
 * Who may see an event (DESIGN: every event names its audience):
 * - `reaching`: holders of these roles at the org or at an org above it,
 *   that is everyone whose role reaches the org (the access rule of SPEC §1);
 * - `within`: holders of these roles at the org or anywhere below it
 *   (e.g. the staff a class is open to);
 * - `user`: one named user (the creator of a plan, a registrant, a notice's recipient).
 */
export type AudienceEntry =
  | { kind: 'reaching'; orgPath: string; roles: readonly Role[] }
  | { kind: 'within'; orgPath: string; roles: readonly Role[] }
  | { kind: 'user'; userId: number };

export type Audience = readonly AudienceEntry[];

/** The default audience of an org's business: its managers and those of every org above it. */
export function managersOf(orgPath: string): AudienceEntry {
  return { kind: 'reaching', orgPath, roles: MANAGER_ROLES };
}

/** Holders of `roles` anywhere in an org's subtree. */
export function holdersWithin(orgPath: string, roles: readonly Role[]): AudienceEntry {
  return { kind: 'within', orgPath, roles };
}

/** Named users; duplicates and missing ids are dropped. */
export function users(...userIds: ReadonlyArray<number | null | undefined>): AudienceEntry[] {
  return [...new Set(userIds.filter((id): id is number => typeof id === 'number'))].map((userId) => ({ kind: 'user', userId }));
}

/** Who is looking: a signed-in user and the roles they hold at orgs. */
export interface Viewer {
  userId: number;
  grants: readonly RoleGrant[];
}

/** True when the viewer is in the audience: the rule the socket rooms and the events API both implement. */
export function inAudience(audience: Audience, viewer: Viewer): boolean {
  return audience.some((entry) => {
    if (entry.kind === 'user') return entry.userId === viewer.userId;
    return viewer.grants.some(
      (g) => entry.roles.includes(g.role) && (entry.kind === 'reaching' ? isInSubtree(g.orgPath, entry.orgPath) : isInSubtree(entry.orgPath, g.orgPath)),
    );
  });
}

const roleRoom = (role: Role, orgId: number) => `role:${role}@org:${orgId}`;
const withinRoom = (role: Role, orgId: number) => `within:${role}@org:${orgId}`;
/** The room of one user's sockets, in every tab and instance. */
export const userRoom = (userId: number) => `user:${userId}`;

/**
 * The Socket.IO rooms a viewer's sockets join: one per role held at an org,
 * one per role for that org and each org above it (for `within` audiences),
 * and the user's own room.
 */
export function viewerRooms({ userId, grants }: Viewer): string[] {
  const rooms = grants.flatMap((g) => [roleRoom(g.role, g.orgId), ...pathIds(g.orgPath).map((id) => withinRoom(g.role, id))]);
  return [...new Set([...rooms, userRoom(userId)])];
}

/** The rooms an event goes to: a viewer's sockets are in one of them exactly when `inAudience` holds. */
export function audienceRooms(audience: Audience): string[] {
  const rooms = audience.flatMap((entry) => {
    if (entry.kind === 'user') return [userRoom(entry.userId)];
    if (entry.kind === 'within') return entry.roles.map((role) => withinRoom(role, pathIds(entry.orgPath).at(-1)!));
    return pathIds(entry.orgPath).flatMap((id) => entry.roles.map((role) => roleRoom(role, id)));
  });
  return [...new Set(rooms)];
}
