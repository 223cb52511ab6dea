import { z } from 'zod';
import { localisedIssue } from '../i18n/issue';
import { REGISTRATION_DECISIONS, REGISTRATION_STATES } from './enums';

const page = z.coerce.number().int().min(1).default(1);
const pageSize = z.coerce.number().int().min(1).max(100).default(20);

/** 可报名培训: the classes open to the caller, by name, in pages. */
export const openClassQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page,
  pageSize,
});
export type OpenClassQuery = z.infer<typeof openClassQuerySchema>;

/** A class's registrations, by state, as its manager reviews them. */
export const registrationQuerySchema = z.strictObject({
  state: z.enum(REGISTRATION_STATES).optional(),
  q: z.string().trim().max(50).optional(),
  page,
  pageSize,
});
export type RegistrationQuery = z.infer<typeof registrationQuerySchema>;

export const DECLINE_REASON_MAX = 200;

/**
 * 报名审批, one at a time or in batch: all of them or none. Declining
 * says why, and the person reads it.
 */
export const registrationDecisionSchema = z
  .strictObject({
    ids: z.array(z.number().int().positive()).min(1).max(500),
    decision: z.enum(REGISTRATION_DECISIONS),
    reason: z.string().trim().max(DECLINE_REASON_MAX).default(''),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'decline' && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], ...localisedIssue({ 'zh-CN': '请填写未通过的原因', 'en-US': 'Say why the registration is declined' }) });
  });
export type RegistrationDecisionInput = z.infer<typeof registrationDecisionSchema>;
