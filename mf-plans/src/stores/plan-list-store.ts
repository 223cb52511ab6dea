import { makeAutoObservable, runInAction } from 'mobx';
import type { PlanDto, PlanListScope } from '@casmooc/domain';
import { PagedList } from '@casmooc/ui';
import type { PlanQuery, PlanTransition, PlansClient } from '../api/plans-client';

export type PlanFilters = Omit<PlanQuery, 'page' | 'pageSize' | 'scope'>;
type ScopedFilters = PlanFilters & { scope: PlanListScope };

/** 本机构计划: the filtered, paged list in one of its scopes, and the actions on its rows. */
export class PlanListStore {
  /** All the user manages, their own org's plans (本机构计划), or the orgs' below (下级机构计划), filtered and paged. */
  readonly list: PagedList<PlanDto, ScopedFilters>;
  /** The row an action is running on. */
  busyId: number | null = null;

  constructor(
    private readonly client: PlansClient,
    scope: PlanListScope = 'all',
  ) {
    this.list = new PagedList<PlanDto, ScopedFilters>((query) => client.list(query), { scope });
    makeAutoObservable<PlanListStore, 'client'>(this, { client: false, list: false });
  }

  get scope(): PlanListScope {
    return this.list.filters.scope;
  }

  load(): Promise<void> {
    return this.list.load();
  }

  search(filters: PlanFilters): Promise<void> {
    return this.list.search({ ...filters, scope: this.scope });
  }

  setScope(scope: PlanListScope): Promise<void> {
    return this.list.search({ ...this.list.filters, scope });
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
      this.list.replace(updated, (p) => p.id);
    } finally {
      runInAction(() => (this.busyId = null));
    }
  }
}
