import { makeAutoObservable, runInAction } from 'mobx';
import type { DomainEvent } from '@casmooc/domain';

const DEBOUNCE_MS = 300;

/**
 * A count the header shows (待我审批 on the 审批 entry, unread notices on
 * the inbox): read once on sign-in and again shortly after any event that
 * may change it, so a burst of events costs one request.
 */
export class LiveCount {
  count = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly read: () => Promise<number>,
    /** The events after which the count may have changed. */
    private readonly changes: RegExp,
  ) {
    makeAutoObservable<LiveCount, 'read' | 'changes' | 'timer' | 'unsubscribe'>(this, { read: false, changes: false, timer: false, unsubscribe: false });
  }

  start(subscribe: (listener: (event: DomainEvent) => void) => () => void): void {
    this.stop();
    this.unsubscribe = subscribe((event) => this.changes.test(event.type) && this.refreshSoon());
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
      const count = await this.read();
      runInAction(() => (this.count = count));
    } catch {
      /* kept */
    }
  }
}
