import { z } from 'zod';
import { APPROVAL_SUBJECTS } from './types';
import { FUNDING_CHOICES, FUNDING_LEVELS, VERDICTS } from './rules';

const decision = {
  verdict: z.enum(VERDICTS),
  comment: z.string().trim().max(500).default(''),
  funding: z.enum(FUNDING_CHOICES).nullish(),
};

/** A decision on one submission; `version` is the round's version as the approver saw it. */
export const decideSchema = z.strictObject({ version: z.number().int().min(1), ...decision });

export const MAX_BATCH = 100;

/** One comment and one decision for many submissions, each checked on its own. */
export const batchDecideSchema = z.strictObject({
  items: z
    .array(z.strictObject({ subjectId: z.number().int().positive(), version: z.number().int().min(1) }))
    .min(1)
    .max(MAX_BATCH),
  ...decision,
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Filters of 待我审批 and 我已审批 (the manual's list: org subtree, type, year, funding level, date); every subject unless one is named. */
export const approvalQuerySchema = z.strictObject({
  subject: z.enum(APPROVAL_SUBJECTS).optional(),
  orgId: z.coerce.number().int().positive().optional(),
  kind: z.string().trim().max(32).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  fundingLevel: z.enum(FUNDING_LEVELS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ApprovalQuery = z.infer<typeof approvalQuerySchema>;
