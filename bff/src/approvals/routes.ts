import { z } from 'zod';
import { APPROVAL_SUBJECTS, approvalQuerySchema, batchDecideSchema, decideSchema, MANAGER_ROLES, type ApprovalSubject } from '@casmooc/domain';
import { ApiRouter, type Owner } from '../http/api-router';
import type { ApprovalService } from './service';

const subjectParams = z.strictObject({ subject: z.enum(APPROVAL_SUBJECTS), id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** The approval engine's API: the two lists, decisions one by one or in a batch, a subject's timeline and diff. */
export function approvalRoutes(approvals: ApprovalService): ApiRouter {
  const subject = async ({ subject, id }: { subject: ApprovalSubject; id: number }): Promise<Owner | null> => {
    const orgPath = await approvals.subject(subject).orgPathOf(id);
    return orgPath === null ? null : { orgPath };
  };
  return new ApiRouter()
    .get('/approvals/pending', {
      access: managers,
      query: approvalQuerySchema,
      handle: ({ actor, query, locale }) => approvals.pending(actor, query, locale),
    })
    .get('/approvals/pending/counts', {
      access: managers,
      query: approvalQuerySchema,
      handle: ({ actor, query }) => approvals.pendingCounts(actor, query),
    })
    .get('/approvals/processed', {
      access: managers,
      query: approvalQuerySchema,
      handle: ({ actor, query, locale }) => approvals.processed(actor, query, locale),
    })
    .post('/approvals/:subject/batch', {
      access: managers,
      params: z.strictObject({ subject: z.enum(APPROVAL_SUBJECTS) }),
      body: batchDecideSchema,
      handle: async ({ actor, params, body: { items, ...decision }, locale }) => ({
        results: await approvals.decideBatch(actor, params.subject, items, decision, locale),
      }),
    })
    .post('/approvals/:subject/:id/decision', {
      access: managers,
      params: subjectParams,
      scope: subject,
      body: decideSchema,
      handle: ({ actor, params, body: { version, ...decision }, locale }) => approvals.decide(actor, params.subject, params.id, version, decision, locale),
    })
    .get('/approvals/:subject/:id/timeline', {
      access: managers,
      params: subjectParams,
      scope: subject,
      handle: ({ actor, params }) => approvals.timeline(actor, params.subject, params.id),
    })
    .get('/approvals/:subject/:id/diff', {
      access: managers,
      params: subjectParams,
      scope: subject,
      handle: ({ actor, params }) => approvals.diff(actor, params.subject, params.id),
    });
}
