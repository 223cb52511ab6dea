import { z } from 'zod';
import { buildOrgTree } from '@casmooc/domain';
import { notFound } from '../http/api-error';
import { ApiRouter } from '../http/api-router';
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
      async handle({ actor, params }) {
        const org = await orgs.findById(params.id);
        if (!org) throw notFound();
        actor.assertReaches(org.path);
        return org;
      },
    });
}
