import { makeObservable, observable, action } from 'mobx';
import type { PaginationProps } from '@arco-design/web-react';
import { NewestLoad } from './newest-load';

export interface Page<Item> {
  items: Item[];
  total: number;
}

/**
 * A filtered, paged list read from the API: its rows, where it is, what it
 * is filtered by, and the newest answer only (NewestLoad).
 */
export class PagedList<Item, Filters extends object> {
  items: Item[] = [];
  total = 0;
  page = 1;
  filters: Filters;
  readonly status = new NewestLoad();

  constructor(
    private readonly fetch: (query: Filters & { page: number; pageSize: number }) => Promise<Page<Item>>,
    filters: Filters,
    public pageSize = 20,
  ) {
    this.filters = filters;
    makeObservable<PagedList<Item, Filters>, 'apply'>(this, {
      items: observable.ref,
      total: observable,
      page: observable,
      pageSize: observable,
      filters: observable.ref,
      apply: action,
      replace: action,
    });
  }

  private apply(change: Partial<Pick<PagedList<Item, Filters>, 'page' | 'pageSize' | 'filters'>>) {
    Object.assign(this, change);
  }

  load(): Promise<void> {
    return this.status.run(
      () => this.fetch({ ...this.filters, page: this.page, pageSize: this.pageSize }),
      ({ items, total }) => {
        this.items = items;
        this.total = total;
      },
    );
  }

  /** New filters start again from the first page. */
  search(filters: Filters): Promise<void> {
    this.apply({ filters, page: 1 });
    return this.load();
  }

  goTo(page: number, pageSize: number): Promise<void> {
    this.apply({ page, pageSize });
    return this.load();
  }

  /** Puts a changed row where it was (matched by `key`), without reloading the page. */
  replace(changed: Item, key: (item: Item) => unknown): void {
    this.items = this.items.map((item) => (key(item) === key(changed) ? changed : item));
  }

  /** Arco Table's pagination for this list, with the total in the reader's words. */
  pagination(showTotal: (total: number) => string): PaginationProps {
    return {
      total: this.total,
      current: this.page,
      pageSize: this.pageSize,
      sizeCanChange: true,
      showTotal,
      onChange: (page, pageSize) => void this.goTo(page, pageSize),
    };
  }
}
