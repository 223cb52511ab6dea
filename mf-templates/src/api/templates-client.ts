import type { OrgNode, TemplateDto, TemplateInput, TemplatePage } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export interface TemplateQuery {
  name?: string;
  page: number;
  pageSize: number;
}

export interface TemplatesClient {
  list(query: TemplateQuery): Promise<TemplatePage>;
  get(id: number): Promise<TemplateDto>;
  create(orgId: number, template: TemplateInput): Promise<TemplateDto>;
  update(current: Pick<TemplateDto, 'id' | 'version'>, template: TemplateInput): Promise<TemplateDto>;
  /** 删除 / 批量删除: all of them or none. */
  remove(items: ReadonlyArray<Pick<TemplateDto, 'id' | 'version'>>): Promise<{ deleted: number }>;
  /** 共享: the orgs (each with its subtree) it is shared with; none stops sharing. */
  share(current: Pick<TemplateDto, 'id' | 'version'>, orgIds: readonly number[]): Promise<TemplateDto>;
  /** The orgs the user manages, as a tree. */
  orgs(): Promise<OrgNode[]>;
}

/** 计划模板 over the BFF's templates API. */
export class HttpTemplatesClient implements TemplatesClient {
  constructor(private readonly http: HttpClient) {}

  list(query: TemplateQuery) {
    return this.http.get<TemplatePage>('/api/templates', { ...query });
  }
  get(id: number) {
    return this.http.get<TemplateDto>(`/api/templates/${id}`);
  }
  create(orgId: number, template: TemplateInput) {
    return this.http.post<TemplateDto>('/api/templates', { orgId, template });
  }
  update({ id, version }: Pick<TemplateDto, 'id' | 'version'>, template: TemplateInput) {
    return this.http.put<TemplateDto>(`/api/templates/${id}`, { version, template });
  }
  remove(items: ReadonlyArray<Pick<TemplateDto, 'id' | 'version'>>) {
    return this.http.post<{ deleted: number }>('/api/templates/batch-delete', { items: items.map(({ id, version }) => ({ id, version })) });
  }
  share({ id, version }: Pick<TemplateDto, 'id' | 'version'>, orgIds: readonly number[]) {
    return this.http.put<TemplateDto>(`/api/templates/${id}/shares`, { version, orgIds });
  }
  orgs() {
    return this.http.get<OrgNode[]>('/api/orgs');
  }
}
