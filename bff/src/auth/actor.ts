import { hasAnyRole, reaches, scopePaths, type Locale, type Me, type Role, type RoleGrant, type StaffSummary, type Viewer } from '@casmooc/domain';
import { notFound } from '../http/api-error';

export interface ActorUser {
  id: number;
  username: string;
  displayName: string;
  locale: Locale;
  /** The directory record this user is, when they are a staff member: "me" for registration, notices and hours. */
  staff: StaffSummary | null;
}

/** The signed-in user of a request or socket, with the roles they hold at orgs. */
export class Actor {
  constructor(
    readonly user: ActorUser,
    readonly grants: readonly RoleGrant[],
    readonly csrfToken: string,
  ) {}

  get id(): number {
    return this.user.id;
  }

  /** Who this is for event audiences: the user and their grants. */
  get viewer(): Viewer {
    return { userId: this.user.id, grants: this.grants };
  }

  hasRole(roles: readonly Role[]): boolean {
    return hasAnyRole(this.grants, roles);
  }

  reaches(orgPath: string, roles?: readonly Role[]): boolean {
    return reaches(this.grants, orgPath, roles);
  }

  /**
   * Outside the caller's subtree a thing does not exist for them: 404, so
   * that ids of other institutes' data cannot be probed.
   */
  assertReaches(orgPath: string, roles?: readonly Role[]): void {
    if (!this.reaches(orgPath, roles)) throw notFound();
  }

  scopePaths(roles?: readonly Role[]): string[] {
    return scopePaths(this.grants, roles);
  }

  /** What the client is told of itself; whether it manages orgs below is read from the org tree by the caller. */
  toMe(managesOrgsBelow: boolean): Me {
    return { ...this.user, roles: [...this.grants], managesOrgsBelow, csrfToken: this.csrfToken };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's request type is augmented only through its global namespace
  namespace Express {
    interface Request {
      /** Set by the session middleware: the signed-in actor, or null. */
      actor?: Actor | null;
    }
  }
}
