import { makeAutoObservable, runInAction } from 'mobx';
import type { PlanDto } from '@casmooc/domain';
import type { PlanQuery, PlanTransition, PlansClient } from '../api/plans-client';

export type PlanFilters = Omit<PlanQuery, 'page' | 'pageSize'>;

/** 本机构计划: the filtered, paged list and the actions on its rows. */
export class PlanListStore {
  items: PlanDto[] = [];
  total = 0;
  page = 1;
  pageSize = 20;
  filters: PlanFilters = {};
  loading = false;
  error: string | null = null;
  /** The row an action is running on. */
  busyId: number | null = null;
  private request = 0;

  constructor(private readonly client: PlansClient) {
    makeAutoObservable<PlanListStore, 'client' | 'request'>(this, { client: false, request: false });
  }

  async load(): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    try {
      const page = await this.client.list({ ...this.filters, page: this.page, pageSize: this.pageSize });
      // A slower, older answer never overwrites a newer one.
      if (request !== this.request) return;
      runInAction(() => {
        this.items = page.items;
        this.total = page.total;
        this.error = null;
      });
    } catch (e) {
      if (request === this.request) runInAction(() => (this.error = (e as Error).message));
    } finally {
      if (request === this.request) runInAction(() => (this.loading = false));
    }
  }

  search(filters: PlanFilters): Promise<void> {
    this.filters = filters;
    this.page = 1;
    return this.load();
  }

  goTo(page: number, pageSize: number): Promise<void> {
    this.page = page;
    this.pageSize = pageSize;
    return this.load();
  }

  /** Runs an action on a row and puts the answer in its place; errors are thrown for the page to show. */
  async act(plan: PlanDto, action: PlanTransition | 'revoke' | 'delete', reason?: string): Promise<void> {
    this.busyId = plan.id;
    try {
      if (action === 'delete') {
        await this.client.remove(plan);
        await this.load();
        return;
      }
      const updated = action === 'revoke' ? await this.client.revoke(plan, reason ?? '') : await this.client.transition(plan, action);
      runInAction(() => (this.items = this.items.map((p) => (p.id === updated.id ? updated : p))));
    } finally {
      runInAction(() => (this.busyId = null));
    }
  }
}
