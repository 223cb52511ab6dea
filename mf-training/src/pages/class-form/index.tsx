import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Divider, Form, Message, Result, Space, Spin, Typography } from '@arco-design/web-react';
import { CLASS_INPUT_FIELDS, classDeviations, sameDeviations, type ClassInput, type TrainingClassDto } from '@casmooc/domain';
import { DeviationRedline, isApiRequestError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { HttpTrainingClient } from '../../api/training-client';
import { ClassStore } from '../../stores/class-store';
import { ClassFields } from './class-fields';
import { classFormMessages } from './locale';

const inputOf = (c: TrainingClassDto): ClassInput => Object.fromEntries(CLASS_INPUT_FIELDS.map((f) => [f, c[f]])) as ClassInput;

/** The form's values as the API takes them: blanks of the optional fields are nulls, a split only with its split. */
const asInput = (values: ClassInput): ClassInput => ({
  ...values,
  registrationFrom: values.registrationFrom || null,
  registrationTo: values.registrationTo || null,
  generalHours: values.hoursCategory === 'split' ? (values.generalHours ?? null) : null,
});

/**
 * 编辑培训项目 (the manual's 培训项目基本信息表 and 报名与证书) with 暂存 and
 * 实施. How the class leaves its plan (T-2) is redlined as it is typed,
 * with the chain it will go to, before 实施 is pressed.
 */
export const ClassFormPage = observer(function ClassFormPage() {
  const t = useT(classFormMessages);
  const locale = useLocale();
  const http = useHttp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [store] = useState(() => new ClassStore(new HttpTrainingClient(http), id));
  const [form] = Form.useForm<ClassInput>();
  const [live, setLive] = useState<Partial<ClassInput>>({});

  useEffect(() => {
    void store.load().then(() => {
      if (store.trainingClass) {
        form.setFieldsValue(inputOf(store.trainingClass));
        setLive(inputOf(store.trainingClass));
      }
    });
  }, [store, form]);

  const c = store.trainingClass;
  if (!c) {
    if (store.missing) return <Result status="404" subTitle={t('readonly', { reason: '' })} />;
    return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  }
  const editable = c.actions.edit.allowed;
  const deviations =
    live.startAt && live.budget !== undefined && live.headcount && live.days ? classDeviations(c.plan, { startAt: live.startAt, budget: live.budget, headcount: live.headcount, days: live.days }) : c.deviations;
  // The saved deviations are covered by an approval unless the class says it needs one; anything else is new.
  const needsApproval = deviations.length > 0 && (c.needsApproval || !sameDeviations(deviations, c.deviations));
  const goesUp = needsApproval && c.deviationChain.length > 0;
  const chain = c.deviationChain.map((s) => s.orgName).join(' → ');
  const back = () => navigate('..', { relative: 'path' });

  const run = async (implement: boolean) => {
    const values = await form.validate().catch(() => null);
    if (!values) return Message.warning(t('invalid'));
    try {
      const input = asInput(values);
      const done = implement ? await store.saveAndImplement(input) : await store.save(input);
      if (!implement) Message.success(t('saved'));
      else Message.success(done.state === 'implemented' ? t('implemented') : t('submitted', { chain: done.chain.map((s) => s.orgName).join(' → ') }));
      back();
    } catch (e) {
      if (isApiRequestError(e) && e.fields) {
        form.setFields(Object.fromEntries(Object.entries(e.fields).map(([field, message]) => [field.replace(/^class\./, ''), { error: { message } }])));
        Message.warning(e.message);
      } else Message.error(isApiRequestError(e) && e.code === 'CONFLICT' ? t('conflict') : (e as Error).message);
    }
  };

  return (
    <Card bordered={false} title={`${t('title')} · ${c.name}`} className="class-form">
      {!editable && <Alert type="warning" content={t('readonly', { reason: c.actions.edit.allowed ? '' : c.actions.edit.reason })} style={{ marginBottom: 16 }} />}
      <div className="class-form__layout">
        <Form
          form={form}
          className="class-form__fields"
          labelCol={{ span: 5 }}
          wrapperCol={{ span: 19 }}
          disabled={!editable}
          scrollToFirstError
          onValuesChange={(_, values) => setLive(values)}
        >
          <ClassFields form={form} t={t} locale={locale} />
        </Form>
        <aside className="class-form__deviation" aria-live="polite">
          <Divider orientation="left">{t('section.deviation')}</Divider>
          <Typography.Paragraph type="secondary">
            {t('planTerms', { month: c.plan.month, days: c.plan.days, headcount: c.plan.headcount, budget: c.plan.budget.toLocaleString(locale) })}
          </Typography.Paragraph>
          <DeviationRedline deviations={deviations} locale={locale} />
          {deviations.length > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type={needsApproval ? 'warning' : 'success'}
              content={!needsApproval ? t('deviation.approved') : goesUp ? t('deviation.goes', { chain }) : t('deviation.nobody')}
            />
          )}
        </aside>
      </div>
      <Space className="class-form__footer">
        <Button onClick={back}>{t('back')}</Button>
        <Button disabled={!editable || store.running !== null} loading={store.running === 'save'} onClick={() => void run(false)}>
          {t('save')}
        </Button>
        <Button type="primary" disabled={!editable || !c.actions.implement.allowed || store.running !== null} loading={store.running === 'implement'} onClick={() => void run(true)}>
          {goesUp ? t('submit') : t('implement')}
        </Button>
      </Space>
    </Card>
  );
});
