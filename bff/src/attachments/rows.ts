import { toIso } from '@casmooc/db';
import type { AttachmentDto } from '@casmooc/domain';

/** What an attachment's list shows, read from a table aliased `a` joined with its uploader as `u` (the bytes are asked for apart). */
export const ATTACHMENT_COLUMNS = ['a.id', 'a.name', 'a.mime', 'a.size', 'a.uploaded_at', 'u.display_name as uploaded_by_name'] as const;

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping */
export const toAttachmentDto = (r: any): AttachmentDto => ({ id: r.id, name: r.name, mime: r.mime, size: r.size, uploadedBy: r.uploaded_by_name, uploadedAt: toIso(r.uploaded_at)! });
/* eslint-enable @typescript-eslint/no-explicit-any */
