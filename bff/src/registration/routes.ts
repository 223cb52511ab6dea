import { z } from 'zod';
import { MANAGER_ROLES, openClassQuerySchema, registrationDecisionSchema, registrationQuerySchema } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { ApiRouter, orgScope } from '../http/api-router';
import type { RegistrationService } from './service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/**
 * 报名 (T-4): the classes open to the caller, register and withdraw (anyone
 * with a staff record, inside the class's 公开范围); a class's registrations
 * and their approval (its managers); 对外公开 classes listed without sign-in.
 */
export function registrationRoutes(registration: RegistrationService, classOrgPath: (id: number) => Promise<string | null>): ApiRouter {
  // A class reaches those its 公开范围 opens it to, its managers, and whoever registered for it.
  const openClass = ({ id }: { id: number }, actor: Actor) => registration.scopeOf(id, actor);
  const managedClass = orgScope(classOrgPath);
  return new ApiRouter()
    .get('/public/classes', {
      access: 'public',
      query: openClassQuerySchema,
      handle: ({ query }) => registration.publicClasses(query),
    })
    .get('/training/open', {
      access: 'signed-in',
      query: openClassQuerySchema,
      handle: ({ actor, query, locale }) => registration.openClasses(actor, query, locale),
    })
    .get('/training/mine', {
      access: 'signed-in',
      handle: ({ actor, locale }) => registration.myClasses(actor, locale),
    })
    .get('/training/open/:id', {
      access: 'signed-in',
      params: idParams,
      scope: openClass,
      handle: ({ actor, params, locale }) => registration.openClass(actor, params.id, locale),
    })
    .post('/training/open/:id/register', {
      access: 'signed-in',
      params: idParams,
      scope: openClass,
      handle: ({ actor, params }) => registration.register(actor, params.id),
    })
    .post('/training/open/:id/withdraw', {
      access: 'signed-in',
      params: idParams,
      scope: openClass,
      handle: ({ actor, params }) => registration.withdraw(actor, params.id),
    })
    .get('/training/classes/:id/registrations', {
      access: managers,
      params: idParams,
      scope: managedClass,
      query: registrationQuerySchema,
      handle: ({ actor, params, query }) => registration.list(actor, params.id, query),
    })
    .post('/training/classes/:id/registrations/decide', {
      access: managers,
      params: idParams,
      scope: managedClass,
      body: registrationDecisionSchema,
      handle: ({ actor, params, body }) => registration.decide(actor, params.id, body),
    });
}
