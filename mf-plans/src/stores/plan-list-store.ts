import { makeAutoObservable, runInAction } from 'mobx';
import type { PlanDto, PlanListScope } from '@casmooc/domain';
import { NewestLoad } from '@casmooc/ui';
import type { PlanQuery, PlanTransition, PlansClient } from '../api/plans-client';

export type PlanFilters = Omit<PlanQuery, 'page' | 'pageSize' | 'scope'>;

/** 本机构计划: the filtered, paged list and the actions on its rows. */
export class PlanListStore {
  items: PlanDto[] = [];
  total = 0;
  page = 1;
  pageSize = 20;
  filters: PlanFilters = {};
  /** All the user manages, their own org's plans (本机构计划), or the orgs' below (下级机构计划). */
  scope: PlanListScope = 'all';
  /** The row an action is running on. */
  busyId: number | null = null;
  /** Loading and the last error, the newest request's only. */
  readonly status = new NewestLoad();

  constructor(private readonly client: PlansClient) {
    makeAutoObservable<PlanListStore, 'client'>(this, { client: false, status: false });
  }

  load(): Promise<void> {
    return this.status.run(
      () => this.client.list({ ...this.filters, scope: this.scope, page: this.page, pageSize: this.pageSize }),
      (page) => {
        this.items = page.items;
        this.total = page.total;
      },
    );
  }

  search(filters: PlanFilters): Promise<void> {
    this.filters = filters;
    this.page = 1;
    return this.load();
  }

  setScope(scope: PlanListScope): Promise<void> {
    this.scope = scope;
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
