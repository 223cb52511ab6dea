import type { InboxNoticeDto, InboxPage, NoticeDto, ReceiptFilter, ReceiptPage } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export interface NoticeDraft {
  title: string;
  body: string;
  askAck: boolean;
  staffIds: number[];
  toRegistered: boolean;
}

export interface NoticeClient {
  ofClass(classId: number): Promise<NoticeDto[]>;
  send(classId: number, draft: NoticeDraft): Promise<NoticeDto>;
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
