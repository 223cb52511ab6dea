import { makeAutoObservable, runInAction } from 'mobx';
import type { ApprovalPage, DomainEvent } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

/** Events after which the count may have changed: a submission arrives, a decision moves one on. */
const COUNT_CHANGES = /^[a-z]+\.(submitted|decided)$/;
const DEBOUNCE_MS = 300;

/**
 * The 待我审批 count on the 审批 menu entry. It is read once on
 * sign-in and again shortly after any submit or decision the socket
 * brings, so a burst of events costs one request.
 */
export class PendingApprovals {
  count = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly http: HttpClient) {
    makeAutoObservable<PendingApprovals, 'http' | 'timer' | 'unsubscribe'>(this, { http: false, timer: false, unsubscribe: false });
  }

  start(subscribe: (listener: (event: DomainEvent) => void) => () => void): void {
    this.stop();
    this.unsubscribe = subscribe((event) => COUNT_CHANGES.test(event.type) && this.refreshSoon());
    void this.refresh();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.count = 0;
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), DEBOUNCE_MS);
  }

  /** A failed read keeps the last count: the badge is a hint, the list is the truth. */
  async refresh(): Promise<void> {
    try {
      const page = await this.http.get<ApprovalPage>('/api/approvals/pending', { pageSize: 1 });
      runInAction(() => (this.count = page.total));
    } catch {
      /* kept */
    }
  }
}
