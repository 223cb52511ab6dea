import type { AttachmentDto } from '../attachments/types';
import type { StaffSummary } from '../directory/types';
import type { ActionView } from '../rules/decision';

/** How far a notice has got: sent to, read by, acknowledged by. */
export interface ReceiptCounts {
  sent: number;
  read: number;
  acknowledged: number;
}

/** A notice as the class's managers see it. */
export interface NoticeDto {
  id: number;
  classId: number;
  className: string;
  title: string;
  body: string;
  askAck: boolean;
  attachments: AttachmentDto[];
  senderName: string;
  sentAt: string;
  lastRemindedAt: string | null;
  reminders: number;
  counts: ReceiptCounts;
  actions: { remind: ActionView };
}

/** One recipient of a notice: sent, read (when), acknowledged (when). Someone without an account can be sent it but not read it here. */
export interface ReceiptDto {
  person: StaffSummary;
  hasAccount: boolean;
  readAt: string | null;
  acknowledgedAt: string | null;
}

export interface ReceiptPage {
  items: ReceiptDto[];
  total: number;
  page: number;
  pageSize: number;
  counts: ReceiptCounts;
}

/** A notice in a person's inbox. */
export interface InboxItemDto {
  /** The receipt's id: what the inbox opens, reads and acknowledges. */
  id: number;
  noticeId: number;
  classId: number;
  className: string;
  title: string;
  senderName: string;
  sentAt: string;
  askAck: boolean;
  readAt: string | null;
  acknowledgedAt: string | null;
}

export interface InboxPage {
  items: InboxItemDto[];
  total: number;
  page: number;
  pageSize: number;
  unread: number;
}

export interface InboxNoticeDto extends InboxItemDto {
  body: string;
  attachments: AttachmentDto[];
}
