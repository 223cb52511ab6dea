import { z } from 'zod';
import { MANAGER_ROLES } from '@casmooc/domain';
import { sendAttachment } from '../attachments/download';
import { ATTACHMENT_UPLOAD, attachmentNameQuery } from '../attachments/upload';
import { ApiRouter, orgScope } from '../http/api-router';
import type { PlanAttachments } from './attachments';
import type { PlansService } from './service';

const planParams = z.strictObject({ id: z.coerce.number().int().positive() });
const attachmentParams = z.strictObject({ id: z.coerce.number().int().positive(), attachmentId: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** Attachments of a plan's funding materials: upload (raw body, name in the query), list, download, remove. */
export function attachmentRoutes(attachments: PlanAttachments, plans: PlansService): ApiRouter {
  const plan = orgScope((id) => plans.orgPathOf(id));
  return new ApiRouter()
    .get('/plans/:id/attachments', {
      access: managers,
      params: planParams,
      scope: plan,
      handle: ({ actor, params }) => attachments.list(actor, params.id),
    })
    .post('/plans/:id/attachments', {
      access: managers,
      params: planParams,
      scope: plan,
      query: attachmentNameQuery,
      upload: ATTACHMENT_UPLOAD,
      status: 201,
      handle: ({ actor, params, query, file }) => attachments.add(actor, params.id, query.name, file),
    })
    .get('/plans/:id/attachments/:attachmentId', {
      access: managers,
      params: attachmentParams,
      scope: plan,
      async handle({ actor, params, res }) {
        sendAttachment(res, await attachments.download(actor, params.id, params.attachmentId));
      },
    })
    .delete('/plans/:id/attachments/:attachmentId', {
      access: managers,
      params: attachmentParams,
      scope: plan,
      handle: ({ actor, params }) => attachments.remove(actor, params.id, params.attachmentId),
    });
}
