import type { Knex } from 'knex';
import type { Db } from '@casmooc/db';
import type { PlanSettings } from '@casmooc/domain';

export const DEFAULT_PLAN_SETTINGS: PlanSettings = { reportingPeriod: null, fundingLimit: 5 };

export class SettingsRepository {
  constructor(private readonly db: Db) {}

  async planSettings(): Promise<PlanSettings> {
    const row = await this.db('settings').where({ key: 'plans' }).first();
    return row ? { ...DEFAULT_PLAN_SETTINGS, ...JSON.parse(row.value) } : DEFAULT_PLAN_SETTINGS;
  }

  async savePlanSettings(settings: PlanSettings, conn: Db | Knex.Transaction = this.db): Promise<void> {
    const value = JSON.stringify(settings);
    const updated = await conn('settings').where({ key: 'plans' }).update({ value, updated_at: new Date() });
    if (!updated) await conn('settings').insert({ key: 'plans', value });
  }
}
