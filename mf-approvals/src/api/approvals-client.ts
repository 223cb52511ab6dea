import type {
  ApprovalItemDto,
  ApprovalPage,
  ApprovalQuery,
  ApprovalSubject,
  BatchItemResult,
  DecisionInput,
  OrgCountDto,
  SubmissionDiffDto,
  TimelineRoundDto,
} from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';
import { SUBJECT_VIEWS } from '../subjects';

export type QueueTab = 'pending' | 'processed';
export type QueueQuery = Partial<ApprovalQuery> & { page: number; pageSize: number };

/** What a decision names: the submission, and the version of its round the approver saw. */
export type DecisionTarget = Pick<ApprovalItemDto, 'subject' | 'subjectId' | 'version'>;

/** Everything the drawer shows of one submission: the subject itself, its history, what changed. */
export interface SubmissionDetail {
  subject: unknown;
  timeline: TimelineRoundDto[];
  diff: SubmissionDiffDto;
}

export interface ApprovalsClient {
  list(tab: QueueTab, query: QueueQuery): Promise<ApprovalPage>;
  counts(query: Omit<QueueQuery, 'page' | 'pageSize'>): Promise<OrgCountDto[]>;
  detail(item: Pick<ApprovalItemDto, 'subject' | 'subjectId'>): Promise<SubmissionDetail>;
  decide(item: DecisionTarget, decision: DecisionInput): Promise<ApprovalItemDto>;
  /** One decision for many submissions of one subject. */
  decideBatch(subject: ApprovalSubject, items: readonly DecisionTarget[], decision: DecisionInput): Promise<BatchItemResult[]>;
}

/** The approval engine's API, for every subject it approves. */
export class HttpApprovalsClient implements ApprovalsClient {
  constructor(private readonly http: HttpClient) {}

  list(tab: QueueTab, query: QueueQuery) {
    return this.http.get<ApprovalPage>(`/api/approvals/${tab}`, query);
  }
  counts(query: Omit<QueueQuery, 'page' | 'pageSize'>) {
    return this.http.get<OrgCountDto[]>('/api/approvals/pending/counts', { ...query, orgId: undefined });
  }
  async detail({ subject, subjectId }: Pick<ApprovalItemDto, 'subject' | 'subjectId'>): Promise<SubmissionDetail> {
    const [detail, timeline, diff] = await Promise.all([
      SUBJECT_VIEWS[subject].load(this.http, subjectId),
      this.http.get<TimelineRoundDto[]>(`/api/approvals/${subject}/${subjectId}/timeline`),
      this.http.get<SubmissionDiffDto>(`/api/approvals/${subject}/${subjectId}/diff`),
    ]);
    return { subject: detail, timeline, diff };
  }
  decide(item: DecisionTarget, decision: DecisionInput) {
    return this.http.post<ApprovalItemDto>(`/api/approvals/${item.subject}/${item.subjectId}/decision`, { version: item.version, ...decision });
  }
  async decideBatch(subject: ApprovalSubject, items: readonly DecisionTarget[], decision: DecisionInput) {
    const body = { items: items.map(({ subjectId, version }) => ({ subjectId, version })), ...decision };
    return (await this.http.post<{ results: BatchItemResult[] }>(`/api/approvals/${subject}/batch`, body)).results;
  }
}
