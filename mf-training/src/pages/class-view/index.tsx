import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tag } from '@arco-design/web-react';
import { IconLeft } from '@arco-design/web-react/icon';
import { CLASS_APPROVAL_LABELS, CLASS_STATE_LABELS, type ChainStep } from '@casmooc/domain';
import { ApprovalChain, ApprovalHistory, ClassSummary, DeviationRedline, LoadError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpRegistrationClient } from '../../api/registration-client';
import { HttpTrainingClient } from '../../api/training-client';
import { trainingMessages, type TrainingKey } from '../../locale';
import { AttendanceStore } from '../../stores/attendance-store';
import { ClassStore } from '../../stores/class-store';
import { RegistrationStore } from '../../stores/registration-store';
import { AttendanceCard } from './attendance-card';
import { ClassActions } from './class-actions';
import { NoticesCard } from './notices-card';
import { RegistrationsCard } from './registrations-card';

const chainText = (chain: readonly ChainStep[]) => chain.map((s) => s.orgName).join(' → ');

/** One class: its states and actions, how it deviates from its plan, 培训项目基本信息, its approval history and 实际参会人员. */
export const ClassViewPage = observer(function ClassViewPage() {
  const t = useT(trainingMessages);
  const locale = useLocale();
  const http = useHttp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [stores] = useState(() => {
    const client = new HttpTrainingClient(http);
    const classes = new ClassStore(client, id);
    return { classes, attendance: new AttendanceStore(client, classes), registration: new RegistrationStore(new HttpRegistrationClient(http), id) };
  });
  const { classes, attendance, registration } = stores;

  useEffect(() => void Promise.all([classes.load(), attendance.load(), registration.load()]), [classes, attendance, registration]);
  // A decision on the class's deviation, or a change by someone else, shows at once.
  useDomainEvents((event) => event.subject === `class:${id}` && !classes.running && void classes.load(), ['class.']);
  // Registrations and decisions change the queue, the attendance list with them.
  useDomainEvents((event) => {
    if (event.subject !== `class:${id}`) return;
    void registration.load();
    void attendance.load();
    if (!classes.running) void classes.load();
  }, ['registration.']);

  const back = (
    <Button type="text" icon={<IconLeft />} onClick={() => navigate('..')}>
      {t('class.back')}
    </Button>
  );
  const { trainingClass: c, status, missing } = classes;
  if (!c) {
    if (!missing && !status.error) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    return (
      <Card bordered={false}>
        {back}
        {missing ? <Result status="404" subTitle={t('class.notFound')} /> : <LoadError message={t('load.failed', { message: status.error ?? '' })} retryLabel={t('load.retry')} onRetry={() => void classes.load()} />}
      </Card>
    );
  }
  const deviationNote: TrainingKey | null = !c.deviations.length || c.state === 'implemented' ? null : !c.needsApproval ? 'class.deviation.approved' : c.deviationChain.length ? 'class.deviation.goes' : 'class.deviation.nobody';
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} className="class-view">
      <Card bordered={false} title={c.name} extra={back}>
        <Descriptions
          column={{ xs: 1, md: 3 }}
          data={[
            { label: t('class.state'), value: <Tag color={c.state === 'implemented' ? 'green' : 'arcoblue'}>{CLASS_STATE_LABELS[c.state][locale]}</Tag> },
            {
              label: t('class.approval'),
              value: c.chain.length ? <ApprovalChain chain={c.chain} locale={locale} /> : <Tag>{CLASS_APPROVAL_LABELS[c.approval][locale]}</Tag>,
            },
            { label: t('class.plan'), value: <Link className="arco-link" to={`/plans/${c.planId}`}>{c.plan.name}</Link> },
          ]}
        />
        <ClassActions store={classes} t={t} />
      </Card>
      <Card bordered={false} title={t('class.deviation')}>
        <DeviationRedline deviations={c.deviations} locale={locale} />
        {deviationNote && <Alert style={{ marginTop: 12 }} type={c.needsApproval ? 'warning' : 'success'} content={t(deviationNote, { chain: chainText(c.deviationChain) })} />}
      </Card>
      <Card bordered={false} title={t('class.facts')}>
        <ClassSummary trainingClass={c} locale={locale} />
      </Card>
      {classes.timeline.length > 0 && (
        <Card bordered={false} title={t('class.history')}>
          <ApprovalHistory rounds={classes.timeline} locale={locale} />
        </Card>
      )}
      <RegistrationsCard store={registration} locale={locale} registrationTo={c.registrationOpen ? c.registrationTo : null} />
      <NoticesCard classId={c.id} />
      <AttendanceCard store={attendance} hours={c.hours} t={t} locale={locale} />
    </Space>
  );
});
