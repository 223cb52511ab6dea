import type { ReactNode } from 'react';
import type { ApprovalSubject, Label, Locale, PlanDto } from '@casmooc/domain';
import { PLAN_FIELDS, PlanSummary, type FieldReader, type HttpClient } from '@casmooc/ui';

/**
 * What the approval area knows of one kind of subject: its name, how to
 * load it for the drawer and show it, and how its fields read in the diff.
 * The queue, the drawer and the batch are the same for every subject; a
 * new subject (training classes, A-7) is one more entry here.
 */
export interface SubjectView<D> {
  label: Label;
  load(http: HttpClient, id: number): Promise<D>;
  render(detail: D, locale: Locale): ReactNode;
  fields: FieldReader;
}

const plan: SubjectView<PlanDto> = {
  label: { 'zh-CN': '培训计划', 'en-US': 'Training plan' },
  load: (http, id) => http.get<PlanDto>(`/api/plans/${id}`),
  render: (detail, locale) => <PlanSummary plan={detail} locale={locale} />,
  fields: PLAN_FIELDS,
};

// Methods are bivariant in their parameters, so each subject's view keeps its own detail type.
export const SUBJECT_VIEWS: Record<ApprovalSubject, SubjectView<unknown>> = { plan };

/** The event types after which a queue may have changed: a submission arrives, a decision moves one on. */
export const QUEUE_EVENTS = Object.keys(SUBJECT_VIEWS).flatMap((subject) => [`${subject}.submitted`, `${subject}.decided`]);
