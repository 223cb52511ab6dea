import type { AttachmentDto, InboxNoticeDto, InboxPage, NoticeDto, ReceiptFilter, ReceiptPage } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export interface NoticeDraft {
  title: string;
  body: string;
  askAck: boolean;
  /** Files uploaded for it beforehand (`attach`): they go with it. */
  attachmentIds: number[];
  staffIds: number[];
  toRegistered: boolean;
}

export interface NoticeClient {
  ofClass(classId: number): Promise<NoticeDto[]>;
  send(classId: number, draft: NoticeDraft): Promise<NoticeDto>;
  /** A file for a notice being written for the class: its sender's alone until sent. */
  attach(classId: number, file: File): Promise<AttachmentDto>;
  discard(classId: number, attachmentId: number): Promise<void>;
  unsentUrl(classId: number, attachmentId: number): string;
  attachmentUrl(noticeId: number, attachmentId: number): string;
  /** A recipient's download, through their own receipt. */
  inboxAttachmentUrl(receiptId: number, attachmentId: number): string;
  notice(id: number): Promise<NoticeDto>;
  receipts(id: number, query: { show: ReceiptFilter; page: number; pageSize: number }): Promise<ReceiptPage>;
  remind(id: number): Promise<NoticeDto>;
  inbox(query: { page: number; pageSize: number }): Promise<InboxPage>;
  /** Opens a notice: read once (a second read changes nothing). */
  read(receiptId: number): Promise<InboxNoticeDto>;
  acknowledge(receiptId: number): Promise<InboxNoticeDto>;
}

/** 培训通知 (T-5) over the BFF. */
export class HttpNoticeClient implements NoticeClient {
  constructor(private readonly http: HttpClient) {}

  ofClass(classId: number) {
    return this.http.get<NoticeDto[]>(`/api/training/classes/${classId}/notices`);
  }
  send(classId: number, draft: NoticeDraft) {
    return this.http.post<NoticeDto>(`/api/training/classes/${classId}/notices`, draft);
  }
  attach(classId: number, file: File) {
    return this.http.upload<AttachmentDto>(`/api/training/classes/${classId}/notice-attachments?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
  }
  discard(classId: number, attachmentId: number) {
    return this.http.delete<void>(`/api/training/classes/${classId}/notice-attachments/${attachmentId}`);
  }
  unsentUrl(classId: number, attachmentId: number) {
    return `/api/training/classes/${classId}/notice-attachments/${attachmentId}`;
  }
  attachmentUrl(noticeId: number, attachmentId: number) {
    return `/api/training/notices/${noticeId}/attachments/${attachmentId}`;
  }
  inboxAttachmentUrl(receiptId: number, attachmentId: number) {
    return `/api/inbox/${receiptId}/attachments/${attachmentId}`;
  }
  notice(id: number) {
    return this.http.get<NoticeDto>(`/api/training/notices/${id}`);
  }
  receipts(id: number, query: { show: ReceiptFilter; page: number; pageSize: number }) {
    return this.http.get<ReceiptPage>(`/api/training/notices/${id}/receipts`, { ...query });
  }
  remind(id: number) {
    return this.http.post<NoticeDto>(`/api/training/notices/${id}/remind`, {});
  }
  inbox(query: { page: number; pageSize: number }) {
    return this.http.get<InboxPage>('/api/inbox', { ...query });
  }
  read(receiptId: number) {
    return this.http.post<InboxNoticeDto>(`/api/inbox/${receiptId}/read`, {});
  }
  acknowledge(receiptId: number) {
    return this.http.post<InboxNoticeDto>(`/api/inbox/${receiptId}/acknowledge`, {});
  }
}
