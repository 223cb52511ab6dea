import type { Db } from '@casmooc/db';
import { toIso } from '@casmooc/db';
import type { Locale, PostType, RoleGrant } from '@casmooc/domain';
import type { ActorUser } from './actor';

export interface UserWithHash extends ActorUser {
  passwordHash: string;
}

export interface StoredSession {
  user: ActorUser;
  csrfToken: string;
  expiresAt: string;
}

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  locale: Locale;
  staff_id: number | null;
  staff_name: string | null;
  employee_no: string | null;
  staff_org_id: number | null;
  staff_org_name: string | null;
  post_type: PostType | null;
  phone: string | null;
  email: string | null;
}

const toUser = (row: UserRow): ActorUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  locale: row.locale,
  staff:
    row.staff_id === null
      ? null
      : { id: row.staff_id, name: row.staff_name!, employeeNo: row.employee_no!, orgId: row.staff_org_id!, orgName: row.staff_org_name!, postType: row.post_type!, phone: row.phone, email: row.email },
});

/** A user with the directory record they are (their staff member), if any. */
const USER_COLUMNS = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.locale',
  'u.staff_id',
  's.name as staff_name',
  's.employee_no',
  's.org_id as staff_org_id',
  'so.name as staff_org_name',
  's.post_type',
  's.phone',
  's.email',
];

export class AuthRepository {
  constructor(private readonly db: Db) {}

  private users() {
    return this.db('users as u').leftJoin('staff as s', 's.id', 'u.staff_id').leftJoin('orgs as so', 'so.id', 's.org_id');
  }

  async findUserByUsername(username: string): Promise<UserWithHash | null> {
    const row = await this.users().where('u.username', username).first([...USER_COLUMNS, 'u.password_hash']);
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async grantsOf(userId: number): Promise<RoleGrant[]> {
    return (await this.grantsOfUsers([userId])).get(userId) ?? [];
  }

  /** The grants of each of these users (a user without any is absent), at the highest org first. */
  async grantsOfUsers(userIds: readonly number[]): Promise<Map<number, RoleGrant[]>> {
    const rows = await this.db('role_grants as g')
      .join('orgs as o', 'o.id', 'g.org_id')
      .whereIn('g.user_id', userIds)
      .orderBy(['o.level', 'g.id'])
      .select('g.user_id as userId', 'g.role', 'o.id as orgId', 'o.path as orgPath', 'o.name as orgName');
    const grants = new Map<number, RoleGrant[]>();
    for (const { userId, ...grant } of rows as Array<RoleGrant & { userId: number }>) {
      const held = grants.get(userId);
      if (held) held.push(grant);
      else grants.set(userId, [grant]);
    }
    return grants;
  }

  async createSession(id: string, userId: number, csrfToken: string, expiresAt: Date): Promise<void> {
    await this.db('sessions').insert({ id, user_id: userId, csrf_token: csrfToken, expires_at: expiresAt });
  }

  /** The sessions among these ids, by id, each with its user. */
  async findSessions(ids: readonly string[]): Promise<Map<string, StoredSession>> {
    const rows = await this.users()
      .join('sessions as session', 'session.user_id', 'u.id')
      .whereIn('session.id', ids)
      .select([...USER_COLUMNS, 'session.id as session_id', 'session.csrf_token', 'session.expires_at']);
    return new Map(rows.map((row: UserRow & { session_id: string; csrf_token: string; expires_at: string | Date }) => [row.session_id, { user: toUser(row), csrfToken: row.csrf_token, expiresAt: toIso(row.expires_at)! }]));
  }

  async deleteSessions(ids: readonly string[]): Promise<void> {
    await this.db('sessions').whereIn('id', ids).delete();
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    return this.db('sessions').where('expires_at', '<', now).delete();
  }

  async setLocale(userId: number, locale: Locale): Promise<void> {
    await this.db('users').where({ id: userId }).update({ locale });
  }
}
