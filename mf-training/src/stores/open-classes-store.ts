import { makeAutoObservable, runInAction } from 'mobx';
import type { OpenClassWithMine, SeatsDto } from '@casmooc/domain';
import { PagedList } from '@casmooc/ui';
import type { RegistrationClient } from '../api/registration-client';

export type OpenClassesView = 'open' | 'mine';

/**
 * 可报名培训 and 我的培训 (T-4): the classes open to the caller, or those they
 * registered for, with the seats kept live from the class's events and the
 * caller's own registration updated from each answer.
 */
export class OpenClassesStore {
  readonly classes: PagedList<OpenClassWithMine, { q?: string }>;
  /** The class whose 报名 / 退出 is being sent. */
  busyId: number | null = null;

  constructor(
    private readonly client: RegistrationClient,
    readonly view: OpenClassesView,
  ) {
    this.classes = new PagedList<OpenClassWithMine, { q?: string }>((query) => (view === 'open' ? client.open(query) : client.mine()), {});
    makeAutoObservable<OpenClassesStore, 'client'>(this, { client: false, classes: false, view: false });
  }

  load(): Promise<void> {
    return this.classes.load();
  }

  search(q: string): Promise<void> {
    return this.classes.search({ q: q.trim() || undefined });
  }

  /** A class's seats as another's registration left them (the event carries counts only). */
  seatsChanged(id: number, seats: SeatsDto): void {
    const shown = this.classes.items.find((c) => c.id === id);
    if (shown) this.classes.replace({ ...shown, seats }, (c) => c.id);
  }

  /** The caller's registration changed elsewhere (a manager decided, a seat freed): read the class again. */
  async refresh(id: number): Promise<void> {
    if (!this.classes.items.some((c) => c.id === id)) return;
    const fresh = await this.client.one(id);
    runInAction(() => this.classes.replace(fresh, (c) => c.id));
  }

  /** 报名 or 退出报名; the error (a refusal with its reason) is thrown for the page to show. */
  async act(id: number, action: 'register' | 'withdraw'): Promise<OpenClassWithMine> {
    this.busyId = id;
    try {
      await (action === 'register' ? this.client.register(id) : this.client.withdraw(id));
      const fresh = await this.client.one(id);
      runInAction(() => this.classes.replace(fresh, (c) => c.id));
      return fresh;
    } finally {
      runInAction(() => (this.busyId = null));
    }
  }
}
