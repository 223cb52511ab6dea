import type { AttachmentDto, FundingRankingDto, OrgNode, PlanListScope, PlanSettings, PlanDto, PlanInput, PlanPage, RateOverview, SubjectEventDto, TemplateDto, TemplatePage, TimelineRoundDto } from '@casmooc/domain';
import type { DownloadProgress, HttpClient } from '@casmooc/ui';

export interface PlanQuery {
  scope?: PlanListScope;
  year?: number;
  kind?: string;
  planType?: string;
  category?: string;
  published?: boolean;
  implemented?: boolean;
  revoked?: boolean;
  name?: string;
  page: number;
  pageSize: number;
}

export type PlanTransition = 'submit' | 'publish' | 'unpublish' | 'implement';

export interface PlansClient {
  list(query: PlanQuery): Promise<PlanPage>;
  get(id: number): Promise<PlanDto>;
  /** Everything that happened to the plan, oldest first. */
  history(id: number): Promise<SubjectEventDto[]>;
  /** Its submissions and the decisions on them (none before its first submit). */
  approvals(id: number): Promise<TimelineRoundDto[]>;
  create(plan: PlanInput, submit: boolean): Promise<PlanDto>;
  /** M-3 直接引用计划: a new draft copied from the plan. */
  copy(plan: PlanDto): Promise<PlanDto>;
  /** M-3 信息合成新计划: a new draft from the plan merged with a template. */
  compose(plan: PlanDto, templateId: number): Promise<PlanDto>;
  /** M-3 生成计划模板. */
  makeTemplate(plan: PlanDto, name: string): Promise<TemplateDto>;
  /** The templates the user may use (their org's and those shared with them), by name. */
  templates(name?: string): Promise<TemplatePage>;
  template(id: number): Promise<TemplateDto>;
  update(current: PlanDto, plan: PlanInput): Promise<PlanDto>;
  /** The orgs the user may plan for (their subtree). */
  orgs(): Promise<OrgNode[]>;
  /** P-12 of an org's subtree (the user's own by default). */
  rate(year: number, orgId?: number): Promise<RateOverview>;
  transition(plan: PlanDto, action: PlanTransition): Promise<PlanDto>;
  revoke(plan: PlanDto, reason: string): Promise<PlanDto>;
  remove(plan: PlanDto): Promise<void>;
  attachments(planId: number): Promise<AttachmentDto[]>;
  attach(planId: number, file: File): Promise<AttachmentDto>;
  detach(planId: number, attachmentId: number): Promise<void>;
  /** Where the browser downloads an attachment (the session cookie goes with it). */
  attachmentUrl(planId: number, attachmentId: number): string;
  settings(): Promise<PlanSettings>;
  saveSettings(settings: PlanSettings): Promise<PlanSettings>;
  /** 关闭未实施计划: revokes the year's unimplemented plans with one reason. */
  /** How many plans 关闭未实施计划 would close for a year. */
  unimplementedCount(year: number): Promise<{ count: number }>;
  closeUnimplemented(year: number, reason: string): Promise<{ closed: number }>;
  fundingRanking(year: number): Promise<FundingRankingDto>;
  rankFunding(year: number, ids: number[]): Promise<FundingRankingDto>;
  /** P-14: the annual plans of the user's org for a year, as the workbook the server streams. */
  exportPlans(year: number, onProgress: (progress: DownloadProgress) => void): Promise<{ blob: Blob; filename: string }>;
}

export class HttpPlansClient implements PlansClient {
  constructor(private readonly http: HttpClient) {}

  list(query: PlanQuery) {
    return this.http.get<PlanPage>('/api/plans', { ...query });
  }
  get(id: number) {
    return this.http.get<PlanDto>(`/api/plans/${id}`);
  }
  history(id: number) {
    return this.http.get<SubjectEventDto[]>(`/api/plans/${id}/history`);
  }
  approvals(id: number) {
    return this.http.get<TimelineRoundDto[]>(`/api/approvals/plan/${id}/timeline`);
  }
  create(plan: PlanInput, submit: boolean) {
    return this.http.post<PlanDto>('/api/plans', { plan, submit });
  }
  copy(plan: PlanDto) {
    return this.http.post<PlanDto>(`/api/plans/${plan.id}/copy`);
  }
  compose(plan: PlanDto, templateId: number) {
    return this.http.post<PlanDto>(`/api/plans/${plan.id}/compose`, { templateId });
  }
  makeTemplate(plan: PlanDto, name: string) {
    return this.http.post<TemplateDto>(`/api/plans/${plan.id}/template`, { name });
  }
  templates(name?: string) {
    return this.http.get<TemplatePage>('/api/templates', { name, pageSize: 100 });
  }
  template(id: number) {
    return this.http.get<TemplateDto>(`/api/templates/${id}`);
  }
  update(current: PlanDto, plan: PlanInput) {
    return this.http.put<PlanDto>(`/api/plans/${current.id}`, { version: current.version, plan });
  }
  orgs() {
    return this.http.get<OrgNode[]>('/api/orgs');
  }
  rate(year: number, orgId?: number) {
    return this.http.get<RateOverview>('/api/plans/rate', { year, orgId });
  }
  transition(plan: PlanDto, action: PlanTransition) {
    return this.http.post<PlanDto>(`/api/plans/${plan.id}/${action}`, { version: plan.version });
  }
  revoke(plan: PlanDto, reason: string) {
    return this.http.post<PlanDto>(`/api/plans/${plan.id}/revoke`, { version: plan.version, reason });
  }
  remove(plan: PlanDto) {
    return this.http.delete<void>(`/api/plans/${plan.id}?version=${plan.version}`);
  }
  attachments(planId: number) {
    return this.http.get<AttachmentDto[]>(`/api/plans/${planId}/attachments`);
  }
  attach(planId: number, file: File) {
    return this.http.upload<AttachmentDto>(`/api/plans/${planId}/attachments?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
  }
  detach(planId: number, attachmentId: number) {
    return this.http.delete<void>(`/api/plans/${planId}/attachments/${attachmentId}`);
  }
  attachmentUrl(planId: number, attachmentId: number) {
    return `/api/plans/${planId}/attachments/${attachmentId}`;
  }
  settings() {
    return this.http.get<PlanSettings>('/api/settings/plans');
  }
  saveSettings(settings: PlanSettings) {
    return this.http.put<PlanSettings>('/api/settings/plans', settings);
  }
  unimplementedCount(year: number) {
    return this.http.get<{ count: number }>('/api/plans/close-unimplemented', { year });
  }
  closeUnimplemented(year: number, reason: string) {
    return this.http.post<{ closed: number }>('/api/plans/close-unimplemented', { year, reason });
  }
  fundingRanking(year: number) {
    return this.http.get<FundingRankingDto>('/api/plans/funding-ranking', { year });
  }
  rankFunding(year: number, ids: number[]) {
    return this.http.put<FundingRankingDto>('/api/plans/funding-ranking', { year, ids });
  }
  exportPlans(year: number, onProgress: (progress: DownloadProgress) => void) {
    return this.http.download('/api/plans/export', { year }, onProgress);
  }
}
