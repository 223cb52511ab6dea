import type {
  ApprovalItemDto,
  ApprovalPage,
  ApprovalQuery,
  BatchItemResult,
  DecisionInput,
  OrgCountDto,
  PlanDto,
  SubmissionDiffDto,
  TimelineRoundDto,
} from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export type QueueTab = 'pending' | 'processed';
export type QueueQuery = Partial<Omit<ApprovalQuery, 'subject'>> & { page: number; pageSize: number };

/** Everything the drawer shows of one submission. */
export interface SubmissionDetail {
  plan: PlanDto;
  timeline: TimelineRoundDto[];
  diff: SubmissionDiffDto;
}

export interface ApprovalsClient {
  list(tab: QueueTab, query: QueueQuery): Promise<ApprovalPage>;
  counts(query: Omit<QueueQuery, 'page' | 'pageSize'>): Promise<OrgCountDto[]>;
  detail(planId: number): Promise<SubmissionDetail>;
  decide(item: Pick<ApprovalItemDto, 'subjectId' | 'version'>, decision: DecisionInput): Promise<ApprovalItemDto>;
  decideBatch(items: ReadonlyArray<Pick<ApprovalItemDto, 'subjectId' | 'version'>>, decision: DecisionInput): Promise<BatchItemResult[]>;
}

/** The approval API for plans (training classes will be a second subject of the same API). */
export class HttpApprovalsClient implements ApprovalsClient {
  constructor(private readonly http: HttpClient) {}

  list(tab: QueueTab, query: QueueQuery) {
    return this.http.get<ApprovalPage>(`/api/approvals/${tab}`, { ...query, subject: 'plan' });
  }
  counts(query: Omit<QueueQuery, 'page' | 'pageSize'>) {
    return this.http.get<OrgCountDto[]>('/api/approvals/pending/counts', { ...query, orgId: undefined, subject: 'plan' });
  }
  async detail(planId: number): Promise<SubmissionDetail> {
    const [plan, timeline, diff] = await Promise.all([
      this.http.get<PlanDto>(`/api/plans/${planId}`),
      this.http.get<TimelineRoundDto[]>(`/api/approvals/plan/${planId}/timeline`),
      this.http.get<SubmissionDiffDto>(`/api/approvals/plan/${planId}/diff`),
    ]);
    return { plan, timeline, diff };
  }
  decide(item: Pick<ApprovalItemDto, 'subjectId' | 'version'>, decision: DecisionInput) {
    return this.http.post<ApprovalItemDto>(`/api/approvals/plan/${item.subjectId}/decision`, { version: item.version, ...decision });
  }
  async decideBatch(items: ReadonlyArray<Pick<ApprovalItemDto, 'subjectId' | 'version'>>, decision: DecisionInput) {
    const body = { items: items.map(({ subjectId, version }) => ({ subjectId, version })), ...decision };
    return (await this.http.post<{ results: BatchItemResult[] }>('/api/approvals/plan/batch', body)).results;
  }
}
