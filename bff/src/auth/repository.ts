import type { Db } from '@casmooc/db';
import { toIso } from '@casmooc/db';
import type { Locale, Role, RoleGrant } from '@casmooc/domain';
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
}

const toUser = (row: UserRow): ActorUser => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  locale: row.locale,
});

export class AuthRepository {
  constructor(private readonly db: Db) {}

  async findUserByUsername(username: string): Promise<UserWithHash | null> {
    const row = await this.db('users').where({ username }).first();
    return row ? { ...toUser(row), passwordHash: row.password_hash } : null;
  }

  async grantsOf(userId: number): Promise<RoleGrant[]> {
    const rows = await this.db('role_grants as g')
      .join('orgs as o', 'o.id', 'g.org_id')
      .where('g.user_id', userId)
      .orderBy('o.level')
      .select('g.role', 'o.id as orgId', 'o.path as orgPath', 'o.name as orgName');
    return rows.map((r: { role: Role; orgId: number; orgPath: string; orgName: string }) => ({
      role: r.role,
      orgId: r.orgId,
      orgPath: r.orgPath,
      orgName: r.orgName,
    }));
  }

  async createSession(id: string, userId: number, csrfToken: string, expiresAt: Date): Promise<void> {
    await this.db('sessions').insert({ id, user_id: userId, csrf_token: csrfToken, expires_at: expiresAt });
  }

  async findSession(id: string): Promise<StoredSession | null> {
    const row = await this.db('sessions as s')
      .join('users as u', 'u.id', 's.user_id')
      .where('s.id', id)
      .first('u.id', 'u.username', 'u.display_name', 'u.locale', 's.csrf_token', 's.expires_at');
    if (!row) return null;
    return { user: toUser(row), csrfToken: row.csrf_token, expiresAt: toIso(row.expires_at)! };
  }

  async deleteSession(id: string): Promise<void> {
    await this.db('sessions').where({ id }).delete();
  }

  async deleteExpiredSessions(now: Date): Promise<number> {
    return this.db('sessions').where('expires_at', '<', now).delete();
  }

  async setLocale(userId: number, locale: Locale): Promise<void> {
    await this.db('users').where({ id: userId }).update({ locale });
  }
}
