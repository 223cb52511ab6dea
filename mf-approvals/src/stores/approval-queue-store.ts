import { makeAutoObservable, observable, runInAction } from 'mobx';
import type { ApprovalItemDto, ApprovalSubject, BatchItemResult, DecisionInput, DomainEvent, FundingChoice, OrgCountDto, Verdict } from '@casmooc/domain';
import { NewestLoad } from '@casmooc/ui';
import type { ApprovalsClient, QueueQuery, QueueTab } from '../api/approvals-client';

export type QueueFilters = Omit<QueueQuery, 'page' | 'pageSize'>;

/** A row someone else decided while it was on screen: it stays, read-only, saying who. */
export interface TakenBy {
  deciderName: string;
  levelOrgName: string;
  verdict: Verdict;
  funding: FundingChoice | null;
}

interface DecidedPayload extends TakenBy {
  id: number;
  levelOrgId: number;
}

/** A batch's answer for one submission, with the subject it is about. */
export type BatchOutcome = BatchItemResult & { subject: ApprovalSubject };

/** Keeps the rows taken by others where they were, among the fresh ones (rows are rounds: subjects of every kind share ids). */
function withTakenRows(previous: readonly ApprovalItemDto[], fresh: ApprovalItemDto[], taken: ReadonlyMap<number, TakenBy>): ApprovalItemDto[] {
  const rows = [...fresh];
  previous.forEach((item, index) => {
    if (taken.has(item.roundId) && !rows.some((r) => r.roundId === item.roundId)) rows.splice(Math.min(index, rows.length), 0, item);
  });
  return rows;
}

/**
 * 待我审批 / 我已审批: the list, the org counts beside it, the selection
 * for a batch, and what the socket says while the user looks.
 */
export class ApprovalQueueStore {
  tab: QueueTab = 'pending';
  items: ApprovalItemDto[] = [];
  total = 0;
  page = 1;
  pageSize = 20;
  filters: QueueFilters = {};
  counts: OrgCountDto[] = [];
  /** Selected rows, by round id. */
  selected: number[] = [];
  /** Rows decided by someone else while in view, by round id. */
  readonly taken = observable.map<number, TakenBy>();
  /** Loading and the last error, the newest request's only. */
  readonly status = new NewestLoad();

  constructor(
    private readonly client: ApprovalsClient,
    private readonly myId: number,
    /** The queue's subject: plans (培训计划审批) or classes (下级培训审批). */
    readonly subject: ApprovalSubject = 'plan',
  ) {
    makeAutoObservable<ApprovalQueueStore, 'client' | 'myId'>(this, { client: false, status: false, myId: false, subject: false });
  }

  /** Items a batch may take: those the caller may decide that nobody else took. */
  get selectable(): ApprovalItemDto[] {
    return this.tab === 'pending' ? this.items.filter((i) => i.decide.allowed && !this.taken.has(i.roundId)) : [];
  }

  get selectedItems(): ApprovalItemDto[] {
    return this.selectable.filter((i) => this.selected.includes(i.roundId));
  }

  load(): Promise<void> {
    return this.status.run(
      () => Promise.all([this.client.list(this.tab, { ...this.filters, subject: this.subject, page: this.page, pageSize: this.pageSize }), this.client.counts({ ...this.filters, subject: this.subject })]),
      ([page, counts]) => {
        this.items = this.tab === 'pending' ? withTakenRows(this.items, page.items, this.taken) : page.items;
        this.total = page.total;
        this.counts = counts;
        this.selected = this.selected.filter((id) => this.selectable.some((i) => i.roundId === id));
      },
    );
  }

  switchTab(tab: QueueTab): Promise<void> {
    this.tab = tab;
    this.page = 1;
    this.selected = [];
    this.taken.clear();
    return this.load();
  }

  search(filters: QueueFilters): Promise<void> {
    this.filters = { ...filters, orgId: this.filters.orgId };
    this.page = 1;
    this.taken.clear();
    return this.load();
  }

  selectOrg(orgId: number | undefined): Promise<void> {
    this.filters = { ...this.filters, orgId };
    this.page = 1;
    return this.load();
  }

  goTo(page: number, pageSize: number): Promise<void> {
    this.page = page;
    this.pageSize = pageSize;
    return this.load();
  }

  select(ids: number[]): void {
    this.selected = ids;
  }

  /**
   * A live event. A decision by someone else on a row in view turns that
   * row read-only with who took it; anything else may change the list, so it is read again.
   */
  onEvent(event: DomainEvent): Promise<void> {
    if (event.type.endsWith('.decided') && event.actorId !== this.myId && this.tab === 'pending') {
      const payload = event.payload as DecidedPayload;
      const subject = event.type.slice(0, -'.decided'.length);
      const row = this.items.find((i) => i.subject === subject && i.subjectId === payload.id && i.currentOrgId === payload.levelOrgId);
      if (row) {
        const { deciderName, levelOrgName, verdict, funding } = payload;
        this.taken.set(row.roundId, { deciderName, levelOrgName, verdict, funding });
        this.selected = this.selected.filter((id) => id !== row.roundId);
      }
    }
    return this.load();
  }

  /** Decides one item; errors are thrown for the page to show. */
  async decide(item: ApprovalItemDto, decision: DecisionInput): Promise<ApprovalItemDto> {
    const decided = await this.client.decide(item, decision);
    await this.load();
    return decided;
  }

  /** Decides the selection with one comment, a batch per subject; the answer says which went through. */
  async decideSelected(decision: DecisionInput): Promise<BatchOutcome[]> {
    const bySubject = new Map<ApprovalSubject, ApprovalItemDto[]>();
    for (const item of this.selectedItems) bySubject.set(item.subject, [...(bySubject.get(item.subject) ?? []), item]);
    const results: BatchOutcome[] = [];
    for (const [subject, items] of bySubject) {
      results.push(...(await this.client.decideBatch(subject, items, decision)).map((r) => ({ ...r, subject })));
    }
    runInAction(() => (this.selected = []));
    await this.load();
    return results;
  }
}
