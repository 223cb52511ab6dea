import { z } from 'zod';
import { MAX_ATTACHMENTS } from '../attachments/types';
import { MAX_PICKED_STAFF } from '../directory/schemas';
import { localisedIssue } from '../i18n/issue';
import { MAX_MATERIALS_LENGTH } from '../plans/patterns';

export const NOTICE_TITLE_MAX = 100;

/**
 * 培训通知 (T-5): a title, rich text (sanitised on the server as plan
 * materials are), whether 确认收到 is asked, the attachments uploaded for
 * it beforehand, and whom it goes to: people picked with the shared picker
 * and/or everyone registered (已报名).
 */
export const noticeInputSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(NOTICE_TITLE_MAX),
    body: z.string().max(MAX_MATERIALS_LENGTH).default(''),
    askAck: z.boolean().default(false),
    attachmentIds: z.array(z.number().int().positive()).max(MAX_ATTACHMENTS).default([]),
    staffIds: z.array(z.number().int().positive()).max(MAX_PICKED_STAFF).default([]),
    toRegistered: z.boolean().default(false),
  })
  .superRefine((n, ctx) => {
    if (n.staffIds.length === 0 && !n.toRegistered) {
      ctx.addIssue({ code: 'custom', path: ['staffIds'], ...localisedIssue({ 'zh-CN': '请选择接收人，或发送给全部已报名人员', 'en-US': 'Choose whom it goes to, or send it to everyone registered' }) });
    }
  });
export type NoticeInput = z.infer<typeof noticeInputSchema>;

export const RECEIPT_FILTERS = ['all', 'unread', 'read', 'acknowledged'] as const;
export type ReceiptFilter = (typeof RECEIPT_FILTERS)[number];

export const receiptQuerySchema = z.strictObject({
  show: z.enum(RECEIPT_FILTERS).default('all'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ReceiptQuery = z.infer<typeof receiptQuerySchema>;

export const inboxQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
