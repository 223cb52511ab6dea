import { Link } from 'react-router-dom';
import { Descriptions } from '@arco-design/web-react';
import { CLASS_FACT_LABELS, planFieldText, type Locale, type TrainingClassDto } from '@casmooc/domain';
import type { TrainingKey } from '../../locale';

/** 培训项目基本信息表: what the class was given by its plan, shown as the plan shows it, and a way back to the plan. */
export function ClassFacts({ trainingClass, t, locale }: { trainingClass: TrainingClassDto; t: (key: TrainingKey) => string; locale: Locale }) {
  const data = [
    ...(Object.keys(CLASS_FACT_LABELS) as Array<keyof typeof CLASS_FACT_LABELS>).map((field) => ({
      label: CLASS_FACT_LABELS[field][locale],
      value: field === 'orgName' ? trainingClass.orgName : planFieldText(field, trainingClass[field], locale),
    })),
    { label: t('class.plan'), value: <Link className="arco-link" to={`/plans/${trainingClass.planId}`}>{t('class.viewPlan')}</Link> },
  ];
  return <Descriptions title={t('class.facts')} column={{ xs: 1, md: 2, lg: 3 }} data={data} labelStyle={{ width: 120 }} border />;
}
