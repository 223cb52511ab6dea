import { z } from 'zod';
import { ADMIN_ROLES, externalEntrySchema, hoursProgressQuerySchema, hoursRequirementSchema, MANAGER_ROLES, myHoursQuerySchema, requirementVersionSchema, reversalSchema, XLSX_MIME } from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import { writeProgress } from './progress-sheet';
import { sendAttachment } from '../attachments/download';
import { ATTACHMENT_UPLOAD, attachmentNameQuery } from '../attachments/upload';
import type { EvidenceService } from './evidence-service';
import type { RequirementService } from './requirement-service';
import type { HoursService } from './service';

const staffParams = z.object({ staffId: z.coerce.number().int().positive() });
const entryParams = z.object({ entryId: z.coerce.number().int().positive() });
const orgParams = z.object({ orgId: z.coerce.number().int().positive() });
const evidenceParams = z.object({ entryId: z.coerce.number().int().positive(), evidenceId: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };
const admins = { roles: ADMIN_ROLES };

/**
 * 学时档案 (SPEC §3a): 我的学时 for everyone with a staff record; a subtree's
 * progress, at-risk list and export, a person's record, external activities
 * and corrections for managers (H-1, H-2); the requirement for admins.
 */
export function hoursRoutes(hours: HoursService, evidence: EvidenceService, requirements: RequirementService, orgPath: (orgId: number) => Promise<string | null>): ApiRouter {
  // A person's record, and each of its rows, is reached by the managers who reach the person's org.
  const person = ({ staffId }: { staffId: number }) => orgScope((id) => hours.staffOrgPath(id))({ id: staffId });
  const entry = ({ entryId }: { entryId: number }) => orgScope((id) => hours.entryOrgPath(id))({ id: entryId });
  const org = ({ orgId }: { orgId: number }) => orgScope(orgPath)({ id: orgId });
  return new ApiRouter()
    .get('/hours/me', {
      access: 'signed-in',
      query: myHoursQuerySchema,
      handle: ({ actor, query, locale }) => hours.myRecord(actor, query.year, locale),
    })
    .get('/hours/progress', {
      access: managers,
      query: hoursProgressQuerySchema,
      handle: async ({ actor, query }) => {
        const { all: _all, ...page } = await hours.progress(actor, query);
        return page;
      },
    })
    .get('/hours/progress.xlsx', {
      access: managers,
      query: hoursProgressQuerySchema,
      handle: async ({ actor, query, locale, res }) => {
        const { all, ...page } = await hours.progress(actor, query);
        res.attachment(`${page.org.name}-${page.year}-学时.xlsx`).type(XLSX_MIME).set('X-Export-Rows', String(all.length));
        await writeProgress(res, page, all, locale);
      },
    })
    .get('/hours/people/:staffId', {
      access: managers,
      params: staffParams,
      scope: person,
      query: myHoursQuerySchema,
      handle: ({ actor, params, query, locale }) => hours.personRecord(actor, params.staffId, query.year, locale),
    })
    .post('/hours/people/:staffId/entries', {
      access: managers,
      params: staffParams,
      scope: person,
      body: externalEntrySchema,
      status: 201,
      handle: ({ actor, params, body, locale }) => hours.addExternal(actor, params.staffId, body, locale),
    })
    .post('/hours/entries/:entryId/reversal', {
      access: managers,
      params: entryParams,
      scope: entry,
      body: reversalSchema,
      status: 201,
      handle: ({ actor, params, body, locale }) => hours.reverse(actor, params.entryId, body, locale),
    })
    .post('/hours/entries/:entryId/evidence', {
      access: managers,
      params: entryParams,
      scope: entry,
      query: attachmentNameQuery,
      upload: ATTACHMENT_UPLOAD,
      status: 201,
      handle: ({ actor, params, query, file }) => evidence.add(actor, params.entryId, query.name, file),
    })
    .get('/hours/entries/:entryId/evidence/:evidenceId', {
      access: 'signed-in',
      params: evidenceParams,
      scope: ({ entryId }, actor) => evidence.scopeOf(entryId, actor),
      handle: async ({ params, res }) => sendAttachment(res, await evidence.file(params.entryId, params.evidenceId)),
    })
    .get('/hours/requirements/:orgId', {
      access: managers,
      params: orgParams,
      scope: org,
      handle: ({ params }) => requirements.requirementAt(params.orgId),
    })
    .put('/hours/requirements/:orgId', {
      access: admins,
      params: orgParams,
      scope: org,
      body: hoursRequirementSchema,
      handle: ({ actor, params, body }) => requirements.setRequirement(actor, params.orgId, body),
    })
    .delete('/hours/requirements/:orgId', {
      access: admins,
      params: orgParams,
      scope: org,
      query: requirementVersionSchema,
      handle: ({ actor, params, query }) => requirements.withdrawRequirement(actor, params.orgId, query.version),
    });
}
