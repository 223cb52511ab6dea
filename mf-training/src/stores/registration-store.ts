import { makeAutoObservable, runInAction } from 'mobx';
import type { DecisionOutcome, RegistrationDecision, RegistrationDto, RegistrationPage, RegistrationState } from '@casmooc/domain';
import { PagedList } from '@casmooc/ui';
import type { RegistrationClient } from '../api/registration-client';

export interface RegistrationFilters {
  state?: RegistrationState;
  q?: string;
}

type Summary = Pick<RegistrationPage, 'counts' | 'seats' | 'underSubscribed'>;

/**
 * A class's registrations for its managers (T-4): by state with counts,
 * the seats, the under-subscription alert, and 报名审批 of the selected
 * (all or none). A decision's error is thrown for the page to show.
 */
export class RegistrationStore {
  readonly registrations: PagedList<RegistrationDto, RegistrationFilters>;
  summary: Summary | null = null;
  selected: number[] = [];
  busy = false;

  constructor(
    private readonly client: RegistrationClient,
    readonly classId: number,
  ) {
    this.registrations = new PagedList<RegistrationDto, RegistrationFilters>(async (query) => {
      const page = await client.registrations(classId, query);
      runInAction(() => (this.summary = { counts: page.counts, seats: page.seats, underSubscribed: page.underSubscribed }));
      return page;
    }, {});
    makeAutoObservable<RegistrationStore, 'client'>(this, { client: false, registrations: false, classId: false });
  }

  /** Only a registration awaiting approval can be decided. */
  selectable(r: RegistrationDto): boolean {
    return r.state === 'pending';
  }

  select(ids: number[]) {
    this.selected = ids;
  }

  load(): Promise<void> {
    return this.registrations.load();
  }

  search(filters: RegistrationFilters): Promise<void> {
    this.selected = [];
    return this.registrations.search(filters);
  }

  async decide(decision: RegistrationDecision, reason?: string): Promise<DecisionOutcome> {
    this.busy = true;
    try {
      const answer = await this.client.decide(this.classId, this.selected, decision, reason);
      runInAction(() => (this.selected = []));
      await this.registrations.load();
      return answer;
    } finally {
      runInAction(() => (this.busy = false));
    }
  }
}
