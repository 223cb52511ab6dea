import type { Knex } from 'knex';
import { toIso, type Db } from '@casmooc/db';
import type { RegistryEntry, RegistryUpdate, RemoteApp } from '@casmooc/domain';

interface RegistryRow {
  name: RemoteApp;
  url: string;
  version: string;
  updated_at: Date | string | number;
}

const toEntry = (row: RegistryRow): RegistryEntry => ({
  name: row.name,
  url: row.url,
  version: row.version,
  updatedAt: toIso(row.updated_at)!,
});

export class RegistryRepository {
  constructor(private readonly db: Db) {}

  async list(): Promise<RegistryEntry[]> {
    return (await this.db('mf_registry').orderBy('name')).map(toEntry);
  }

  async update(trx: Knex.Transaction, name: RemoteApp, change: RegistryUpdate, by: number, now: Date): Promise<RegistryEntry | null> {
    const updated = await trx('mf_registry').where({ name }).update({ ...change, updated_at: now, updated_by: by });
    if (!updated) return null;
    return toEntry(await trx('mf_registry').where({ name }).first());
  }
}
