import { holdersWithin, REGISTRY_UPDATED, ROLES, type RegistryEntry, type RegistryUpdate, type RemoteApp } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { notFound } from '../http/api-error';
import type { EventLog } from '../events/event-log';
import type { RegistryRepository } from './repository';

/**
 * The run-time registry of remotes (name → manifest URL + version). It also
 * knows the origins the remotes are served from, for the CSP.
 */
export class RegistryService {
  private origins: string[] = [];

  constructor(
    private readonly repository: RegistryRepository,
    private readonly eventLog: EventLog,
  ) {}

  async list(): Promise<RegistryEntry[]> {
    const entries = await this.repository.list();
    this.origins = remoteOrigins(entries);
    return entries;
  }

  /** Origins (other than our own) that scripts of registered remotes come from. */
  allowedOrigins(): string[] {
    return this.origins;
  }

  async update(actor: Actor, name: RemoteApp, change: RegistryUpdate): Promise<RegistryEntry> {
    const orgPath = actor.scopePaths(['academy_admin'])[0];
    const entry = await this.eventLog.transact(async (trx, record) => {
      const updated = await this.repository.update(trx, name, change, actor.id, new Date());
      if (!updated) throw notFound();
      // Every open portal loads remotes from the registry, so everyone signed in hears of a change.
      record({ type: REGISTRY_UPDATED, orgPath, subject: `mf-registry:${name}`, payload: updated, actorId: actor.id, audience: [holdersWithin(orgPath, ROLES)] });
      return updated;
    });
    await this.list();
    return entry;
  }
}

export function remoteOrigins(entries: readonly RegistryEntry[]): string[] {
  const absolute = entries.filter((e) => /^https?:\/\//.test(e.url)).map((e) => new URL(e.url).origin);
  return [...new Set(absolute)];
}
