import { z } from 'zod';
import { inboxQuerySchema, MANAGER_ROLES, noticeInputSchema, receiptQuerySchema } from '@casmooc/domain';
import { sendAttachment } from '../attachments/download';
import { ATTACHMENT_UPLOAD, attachmentNameQuery } from '../attachments/upload';
import { ApiRouter, orgScope } from '../http/api-router';
import { writeReceipts } from './receipts-sheet';
import type { NoticeService } from './service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const noticeParams = z.object({ noticeId: z.coerce.number().int().positive() });
const receiptParams = z.object({ receiptId: z.coerce.number().int().positive() });
const attachmentId = z.coerce.number().int().positive();
const managers = { roles: MANAGER_ROLES };
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 培训通知 (T-5): a class's notices, written (with attachments uploaded
 * first), sent and followed by its managers (receipts, 提醒未读, export);
 * each person's inbox, read and acknowledged by its owner only.
 */
export function noticeRoutes(notices: NoticeService, classOrgPath: (id: number) => Promise<string | null>): ApiRouter {
  const trainingClass = orgScope(classOrgPath);
  const notice = ({ noticeId }: { noticeId: number }) => notices.scopeOf(noticeId);
  const receipt = ({ receiptId }: { receiptId: number }) => notices.receiptOwner(receiptId);
  return new ApiRouter()
    .get('/training/classes/:id/notices', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      handle: ({ params, locale }) => notices.ofClass(params.id, locale),
    })
    .post('/training/classes/:id/notices', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      body: noticeInputSchema,
      status: 201,
      handle: ({ actor, params, body, locale }) => notices.send(actor, params.id, body, locale),
    })
    .post('/training/classes/:id/notice-attachments', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      query: attachmentNameQuery,
      upload: ATTACHMENT_UPLOAD,
      status: 201,
      handle: ({ actor, params, query, file }) => notices.upload(actor, params.id, query.name, file),
    })
    .get('/training/classes/:id/notice-attachments/:attachmentId', {
      access: managers,
      params: idParams.extend({ attachmentId }),
      scope: trainingClass,
      handle: async ({ actor, params, res }) => sendAttachment(res, await notices.unsent(actor, params.id, params.attachmentId)),
    })
    .delete('/training/classes/:id/notice-attachments/:attachmentId', {
      access: managers,
      params: idParams.extend({ attachmentId }),
      scope: trainingClass,
      handle: ({ actor, params }) => notices.discard(actor, params.id, params.attachmentId),
    })
    .get('/training/notices/:noticeId/attachments/:attachmentId', {
      access: managers,
      params: noticeParams.extend({ attachmentId }),
      scope: notice,
      handle: async ({ params, res }) => sendAttachment(res, await notices.attachment(params.noticeId, params.attachmentId)),
    })
    .get('/training/notices/:noticeId', {
      access: managers,
      params: noticeParams,
      scope: notice,
      handle: ({ params, locale }) => notices.notice(params.noticeId, locale),
    })
    .get('/training/notices/:noticeId/receipts', {
      access: managers,
      params: noticeParams,
      scope: notice,
      query: receiptQuerySchema,
      handle: ({ params, query }) => notices.receipts(params.noticeId, query),
    })
    .get('/training/notices/:noticeId/receipts.xlsx', {
      access: managers,
      params: noticeParams,
      scope: notice,
      handle: async ({ params, locale, res }) => {
        const shown = await notices.notice(params.noticeId, locale);
        const title = `${shown.className} · ${shown.title}`;
        res.attachment(`${shown.title}.xlsx`).type(XLSX_MIME);
        await writeReceipts(res, title, await notices.allReceipts(params.noticeId), locale);
      },
    })
    .post('/training/notices/:noticeId/remind', {
      access: managers,
      params: noticeParams,
      scope: notice,
      handle: ({ actor, params, locale }) => notices.remind(actor, params.noticeId, locale),
    })
    .get('/inbox', {
      access: 'signed-in',
      query: inboxQuerySchema,
      handle: ({ actor, query }) => notices.inbox(actor, query.page, query.pageSize),
    })
    .get('/inbox/unread', {
      access: 'signed-in',
      handle: ({ actor }) => notices.unread(actor),
    })
    .post('/inbox/:receiptId/read', {
      access: 'signed-in',
      params: receiptParams,
      scope: receipt,
      handle: ({ actor, params }) => notices.read(actor, params.receiptId),
    })
    .get('/inbox/:receiptId/attachments/:attachmentId', {
      access: 'signed-in',
      params: receiptParams.extend({ attachmentId }),
      scope: receipt,
      handle: async ({ params, res }) => sendAttachment(res, await notices.receiptAttachment(params.receiptId, params.attachmentId)),
    })
    .post('/inbox/:receiptId/acknowledge', {
      access: 'signed-in',
      params: receiptParams,
      scope: receipt,
      handle: ({ actor, params }) => notices.acknowledge(actor, params.receiptId),
    });
}
