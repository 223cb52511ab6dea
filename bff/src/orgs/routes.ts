import { z } from 'zod';
import { buildOrgTree } from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import type { OrgRepository } from './repository';

const idParams = z.object({ id: z.coerce.number().int().positive() });

export function orgRoutes(orgs: OrgRepository): ApiRouter {
  return new ApiRouter()
    .get('/orgs', {
      access: 'signed-in',
      handle: async ({ actor }) => buildOrgTree(await orgs.inSubtrees(actor.scopePaths())),
    })
    .get('/orgs/:id', {
      access: 'signed-in',
      params: idParams,
      scope: orgScope(async (id) => (await orgs.findById(id))?.path ?? null),
      handle: async ({ params }) => orgs.findById(params.id),
    });
}
