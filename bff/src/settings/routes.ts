import { holdersWithin, MANAGER_ROLES, planSettingsSchema } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { EventLog } from '../events/event-log';
import { ApiRouter } from '../http/api-router';
import type { SettingsRepository } from './repository';

/** The Academy's plan settings: every manager reads them; only the academy admin changes them (audited). */
export function settingsRoutes(settings: SettingsRepository, eventLog: EventLog): ApiRouter {
  const academyPath = (actor: Actor) => actor.scopePaths(['academy_admin'])[0];
  return new ApiRouter()
    .get('/settings/plans', {
      access: { roles: MANAGER_ROLES },
      handle: () => settings.planSettings(),
    })
    .put('/settings/plans', {
      access: { roles: ['academy_admin'] },
      body: planSettingsSchema,
      async handle({ actor, body }) {
        await eventLog.transact(async (trx, record) => {
          await settings.savePlanSettings(body, trx);
          // Every manager plans under these settings.
          record({ type: 'settings.plans.updated', orgPath: academyPath(actor), subject: 'settings:plans', payload: body, actorId: actor.id, audience: [holdersWithin(academyPath(actor), MANAGER_ROLES)] });
        });
        return settings.planSettings();
      },
    });
}
