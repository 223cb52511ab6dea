import { makeAutoObservable, runInAction } from 'mobx';
import type { TemplateDto } from '@casmooc/domain';
import { PagedList } from '@casmooc/ui';
import type { TemplatesClient } from '../api/templates-client';

export interface TemplateFilters {
  name?: string;
}

/**
 * 计划模板's list: search by name, paging, the selection for 批量删除
 * (only templates the user may delete can be selected), and the changes.
 * Errors are thrown for the page to show; the list stays as it was.
 */
export class TemplateListStore {
  readonly list: PagedList<TemplateDto, TemplateFilters>;
  selected: number[] = [];
  busy = false;

  constructor(private readonly client: TemplatesClient) {
    this.list = new PagedList<TemplateDto, TemplateFilters>((query) => client.list(query), {});
    makeAutoObservable<TemplateListStore, 'client'>(this, { client: false, list: false });
  }

  get selectedTemplates(): TemplateDto[] {
    return this.list.items.filter((t) => this.selected.includes(t.id) && t.actions.delete.allowed);
  }

  selectable(template: TemplateDto): boolean {
    return template.actions.delete.allowed;
  }

  select(ids: number[]): void {
    this.selected = ids;
  }

  /** The header's 全选: every template on this page the user may delete. */
  get allSelected(): boolean {
    const selectable = this.list.items.filter((t) => this.selectable(t));
    return selectable.length > 0 && selectable.every((t) => this.selected.includes(t.id));
  }

  selectAll(checked: boolean): void {
    this.selected = checked ? this.list.items.filter((t) => this.selectable(t)).map((t) => t.id) : [];
  }

  load(): Promise<void> {
    return this.list.load();
  }

  search(filters: TemplateFilters): Promise<void> {
    this.selected = [];
    return this.list.search(filters);
  }

  private async change<T>(write: () => Promise<T>): Promise<T> {
    this.busy = true;
    try {
      const answer = await write();
      runInAction(() => (this.selected = []));
      await this.list.load();
      return answer;
    } finally {
      runInAction(() => (this.busy = false));
    }
  }

  /** 删除 one, or 批量删除 the selection: all or none. */
  remove(templates: readonly TemplateDto[]): Promise<{ deleted: number }> {
    return this.change(() => this.client.remove(templates));
  }

  share(template: TemplateDto, orgIds: readonly number[]): Promise<TemplateDto> {
    return this.change(() => this.client.share(template, orgIds));
  }
}
