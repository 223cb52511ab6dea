import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import { MANAGER_ROLES, type Locale, type Me } from '@casmooc/domain';
import { ApiError } from '../http/api-error';
import { Actor } from './actor';
import type { OrgRepository } from '../orgs/repository';
import type { AuthRepository } from './repository';

const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Compared against when the user does not exist, so both cases take as long. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

const sha256 = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
const randomToken = () => crypto.randomBytes(32).toString('base64url');

export interface LoginResult {
  token: string;
  actor: Actor;
  maxAgeMs: number;
}

export class AuthService {
  private readonly sessionEnded = new Set<(token: string) => void>();

  constructor(
    private readonly repository: AuthRepository,
    private readonly orgs: Pick<OrgRepository, 'hasChildren'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The signed-in user as the client sees itself. */
  async me(actor: Actor): Promise<Me> {
    const managed = actor.grants.filter((g) => MANAGER_ROLES.includes(g.role)).map((g) => g.orgId);
    return actor.toMe(await this.orgs.hasChildren(managed));
  }

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.repository.findUserByUsername(username);
    const valid = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid) throw new ApiError(401, 'INVALID_CREDENTIALS');

    const token = randomToken();
    const csrfToken = randomToken();
    await this.repository.createSession(sha256(token), user.id, csrfToken, new Date(this.now().getTime() + SESSION_TTL_MS));
    const { passwordHash: _, ...actorUser } = user;
    return { token, actor: new Actor(actorUser, await this.repository.grantsOf(user.id), csrfToken), maxAgeMs: SESSION_TTL_MS };
  }

  /** The actor of a session cookie, or null when it is unknown or expired. */
  async actorFor(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    return (await this.actorsFor([token])).get(token) ?? null;
  }

  /**
   * The actors of many session tokens, in two queries whatever their number
   * (the sockets' periodic recheck reads thousands): a token whose session
   * is unknown or expired is left out, and an expired session is removed.
   */
  async actorsFor(tokens: readonly string[]): Promise<Map<string, Actor>> {
    const tokenOf = new Map(tokens.map((token) => [sha256(token), token]));
    const sessions = await this.repository.findSessions([...tokenOf.keys()]);
    const now = this.now().getTime();
    const expired = [...sessions.keys()].filter((id) => Date.parse(sessions.get(id)!.expiresAt) <= now);
    if (expired.length) await this.repository.deleteSessions(expired);
    expired.forEach((id) => sessions.delete(id));
    if (sessions.size === 0) return new Map();
    const grants = await this.repository.grantsOfUsers([...new Set([...sessions.values()].map((s) => s.user.id))]);
    return new Map([...sessions].map(([id, { user, csrfToken }]) => [tokenOf.get(id)!, new Actor(user, grants.get(user.id) ?? [], csrfToken)]));
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.repository.deleteSessions([sha256(token)]);
    this.sessionEnded.forEach((listener) => listener(token));
  }

  /** Called with a session's token when it is signed out (the sockets of it close). */
  onSessionEnded(listener: (token: string) => void): () => void {
    this.sessionEnded.add(listener);
    return () => this.sessionEnded.delete(listener);
  }

  sweepExpiredSessions(): Promise<number> {
    return this.repository.deleteExpiredSessions(this.now());
  }

  async setLocale(actor: Actor, locale: Locale): Promise<Actor> {
    await this.repository.setLocale(actor.id, locale);
    return new Actor({ ...actor.user, locale }, actor.grants, actor.csrfToken);
  }
}
