import type { ReactNode } from 'react';
import { Typography } from '@arco-design/web-react';
import { PLAN_TYPE_LABELS, TRAINING_MODE_LABELS, type ApprovalSubject, type Label, type Locale, type PlanDto, type TrainingClassDto } from '@casmooc/domain';
import { CLASS_FIELDS, ClassSummary, DeviationRedline, PLAN_FIELDS, PlanSummary, type FieldReader, type HttpClient } from '@casmooc/ui';

/**
 * What the approval area knows of one kind of subject: its queue's title
 * and words, what its `kind` filter means, how to load it for the drawer
 * and show it, and how its fields read in the diff. The queue, the drawer
 * and the batch are the same for every subject.
 */
export interface SubjectView<D> {
  title: Label;
  /** Shown above the subject in the drawer. */
  label: Label;
  empty: { pending: Label; processed: Label };
  kindLabel: Label;
  kinds: Record<string, Label>;
  load(http: HttpClient, id: number): Promise<D>;
  render(detail: D, locale: Locale): ReactNode;
  fields: FieldReader;
}

const plan: SubjectView<PlanDto> = {
  title: { 'zh-CN': '培训计划审批', 'en-US': 'Plan approvals' },
  label: { 'zh-CN': '培训计划', 'en-US': 'Training plan' },
  empty: {
    pending: { 'zh-CN': '暂无待审批的计划', 'en-US': 'Nothing awaits your approval' },
    processed: { 'zh-CN': '您还没有审批过计划', 'en-US': 'You have not decided on any plan yet' },
  },
  kindLabel: { 'zh-CN': '培训计划类型', 'en-US': 'Plan type' },
  kinds: PLAN_TYPE_LABELS,
  load: (http, id) => http.get<PlanDto>(`/api/plans/${id}`),
  render: (detail, locale) => <PlanSummary plan={detail} locale={locale} />,
  fields: PLAN_FIELDS,
};

const DEVIATION: Label = { 'zh-CN': '与计划相比的调整', 'en-US': 'Changes from the plan' };
const FROM_PLAN: Label = { 'zh-CN': '来源计划', 'en-US': 'From plan' };

/** 下级培训审批: a class that deviates from its plan; the drawer shows the redline between them. */
const trainingClass: SubjectView<TrainingClassDto> = {
  title: { 'zh-CN': '下级培训审批', 'en-US': 'Class approvals' },
  label: { 'zh-CN': '培训项目', 'en-US': 'Training class' },
  empty: {
    pending: { 'zh-CN': '暂无待审批的培训', 'en-US': 'No class awaits your approval' },
    processed: { 'zh-CN': '您还没有审批过培训', 'en-US': 'You have not decided on any class yet' },
  },
  kindLabel: { 'zh-CN': '培训方式', 'en-US': 'Mode' },
  kinds: TRAINING_MODE_LABELS,
  load: (http, id) => http.get<TrainingClassDto>(`/api/training/classes/${id}`),
  render: (detail, locale) => (
    <>
      <Typography.Paragraph>
        {FROM_PLAN[locale]}：{detail.plan.name}
      </Typography.Paragraph>
      <Typography.Title heading={6}>{DEVIATION[locale]}</Typography.Title>
      <DeviationRedline deviations={detail.deviations} locale={locale} />
      <div style={{ marginTop: 12 }}>
        <ClassSummary trainingClass={detail} locale={locale} columns={2} />
      </div>
    </>
  ),
  fields: CLASS_FIELDS,
};

// Methods are bivariant in their parameters, so each subject's view keeps its own detail type.
export const SUBJECT_VIEWS: Record<ApprovalSubject, SubjectView<unknown>> = { plan, class: trainingClass };

/** The event types after which a queue may have changed: a submission arrives, a decision moves one on. */
export const queueEvents = (subject: ApprovalSubject) => [`${subject}.submitted`, `${subject}.decided`];
