import { makeObservable, observable, runInAction } from 'mobx';

/**
 * A list's loading state, for MobX stores: only the newest request's answer
 * is applied, so a slower, older answer never overwrites a newer one.
 */
export class NewestLoad {
  loading = false;
  error: string | null = null;
  private request = 0;

  constructor() {
    makeObservable(this, { loading: observable, error: observable });
  }

  async run<T>(fetch: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const request = ++this.request;
    runInAction(() => (this.loading = true));
    try {
      const value = await fetch();
      if (request !== this.request) return;
      runInAction(() => {
        apply(value);
        this.error = null;
      });
    } catch (e) {
      if (request === this.request) runInAction(() => (this.error = (e as Error).message));
    } finally {
      if (request === this.request) runInAction(() => (this.loading = false));
    }
  }
}
