import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES } from '@casmooc/domain';

/** An attachment's upload: plain bytes (what the file is, is read from them, not from what the client claims), its name in the query. */
export const ATTACHMENT_UPLOAD = { type: 'application/octet-stream', maxBytes: MAX_ATTACHMENT_BYTES, tooLarge: 'ATTACHMENT_TOO_LARGE', wrongType: 'ATTACHMENT_TYPE' } as const;
export const attachmentNameQuery = z.strictObject({ name: z.string().trim().min(1).max(200) });
