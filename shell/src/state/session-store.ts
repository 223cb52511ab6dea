import { makeAutoObservable, runInAction } from 'mobx';
import { hasAnyRole, type Me, type Role } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import type { AuthClient } from '../api/auth-client';

export type SessionStatus = 'restoring' | 'signed-out' | 'signed-in';

/** The current user: who they are, the roles they hold at which orgs. */
export class SessionStore {
  me: Me | null = null;
  status: SessionStatus = 'restoring';
  /** Set when the server ended the session (expired, signed out elsewhere). */
  expired = false;

  constructor(private readonly client: AuthClient) {
    makeAutoObservable<SessionStore, 'client'>(this, { client: false });
  }

  get csrfToken(): string | undefined {
    return this.me?.csrfToken;
  }

  /** Whether an org the user manages has orgs below it (下级机构计划, 所属机构 mean something). */
  get managesOrgsBelow(): boolean {
    return this.me?.managesOrgsBelow ?? false;
  }

  hasRole(roles: readonly Role[]): boolean {
    return this.me ? hasAnyRole(this.me.roles, roles) : false;
  }

  async restore(): Promise<void> {
    try {
      const me = await this.client.me();
      runInAction(() => this.signIn(me));
    } catch (error) {
      if (!isApiRequestError(error) || error.status !== 401) throw error;
      runInAction(() => (this.status = 'signed-out'));
    }
  }

  async login(username: string, password: string): Promise<Me> {
    const me = await this.client.login(username, password);
    runInAction(() => this.signIn(me));
    return me;
  }

  async logout(): Promise<void> {
    try {
      await this.client.logout();
    } finally {
      runInAction(() => this.signOut());
    }
  }

  async savePreferences(preferences: { locale: Me['locale'] }): Promise<void> {
    if (this.status !== 'signed-in') return;
    const me = await this.client.savePreferences(preferences);
    runInAction(() => (this.me = me));
  }

  /** The server answered 401 to a signed-in call. */
  expire(): void {
    if (this.status !== 'signed-in') return;
    this.signOut();
    this.expired = true;
  }

  private signIn(me: Me) {
    this.me = me;
    this.status = 'signed-in';
    this.expired = false;
  }

  private signOut() {
    this.me = null;
    this.status = 'signed-out';
  }
}
