import { z } from 'zod';
import { registryUpdateSchema, remoteAppSchema } from '@casmooc/domain';
import { ApiRouter } from '../http/api-router';
import type { RegistryService } from './service';

export function registryRoutes(registry: RegistryService): ApiRouter {
  return new ApiRouter()
    .get('/mf-registry', {
      // The shell reads it before anyone signs in; it names public bundles only.
      access: 'public',
      handle: () => registry.list(),
    })
    .put('/mf-registry/:name', {
      access: { roles: ['academy_admin'] },
      params: z.object({ name: remoteAppSchema }),
      body: registryUpdateSchema,
      handle: ({ actor, params, body }) => registry.update(actor, params.name, body),
    });
}
