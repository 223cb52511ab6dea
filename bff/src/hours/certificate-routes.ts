import { z } from 'zod';
import { academyYear, MANAGER_ROLES, myHoursQuerySchema } from '@casmooc/domain';
import type { Request, Response } from 'express';
import { ApiRouter, orgScope } from '../http/api-router';
import { sendAttachment } from '../attachments/download';
import { notFound } from '../http/api-error';
import type { CertificateService, NamedPdf } from './certificate-service';
import type { HoursService } from './service';

const certificateParams = z.object({ certificateId: z.coerce.number().int().positive() });
const staffParams = z.object({ staffId: z.coerce.number().int().positive() });
const classParams = z.object({ id: z.coerce.number().int().positive() });
const serialParams = z.object({ serial: z.string().max(64) });
const managers = { roles: MANAGER_ROLES };

/** Where this portal is reached, as the QR codes lead back to it (behind a proxy, as the proxy says: trust proxy). */
const originOf = (req: Request) => `${req.protocol}://${req.get('host')}`;

/** A certificate is sent as every file is: a download, of its stored type, never rendered in the portal's origin. */
const sendPdf = (res: Response, { filename, pdf }: NamedPdf) => sendAttachment(res, { name: filename, mime: 'application/pdf', content: pdf });

/** H-3: certificates as PDF for their holder and managers, a class's as a zip, and the public verification of a serial. */
export function certificateRoutes(certificates: CertificateService, hours: HoursService, classOrgPath: (id: number) => Promise<string | null>): ApiRouter {
  const person = ({ staffId }: { staffId: number }) => orgScope((id) => hours.staffOrgPath(id))({ id: staffId });
  return new ApiRouter()
    .get('/hours/certificates/:certificateId/certificate.pdf', {
      access: 'signed-in',
      params: certificateParams,
      scope: ({ certificateId }, actor) => certificates.scopeOf(certificateId, actor),
      handle: async ({ params, req, res }) => sendPdf(res, await certificates.certificatePdf(params.certificateId, originOf(req))),
    })
    .get('/hours/me/annual-record.pdf', {
      access: 'signed-in',
      query: myHoursQuerySchema,
      handle: async ({ actor, query, locale, req, res }) => {
        const staff = actor.user.staff;
        if (!staff) throw notFound();
        sendPdf(res, await certificates.annualRecordPdf(actor, staff.id, query.year ?? academyYear(), locale, originOf(req)));
      },
    })
    .get('/hours/people/:staffId/annual-record.pdf', {
      access: managers,
      params: staffParams,
      scope: person,
      query: myHoursQuerySchema,
      handle: async ({ actor, params, query, locale, req, res }) => sendPdf(res, await certificates.annualRecordPdf(actor, params.staffId, query.year ?? academyYear(), locale, originOf(req))),
    })
    .get('/training/classes/:id/certificates.zip', {
      access: managers,
      params: classParams,
      scope: orgScope(classOrgPath),
      handle: async ({ params, req, res }) => {
        const zip = await certificates.classZip(params.id, originOf(req));
        res.attachment(zip.filename).type('application/zip');
        await zip.write(res);
      },
    })
    .get('/public/certificates/:serial', {
      access: 'public',
      params: serialParams,
      handle: ({ params }) => certificates.verify(params.serial),
    });
}
