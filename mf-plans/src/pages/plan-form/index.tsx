import { useEffect, useMemo, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Divider, Form, Message, Spin, Typography } from '@arco-design/web-react';
import { planFromTemplate, planInputOf, planYearFor, type OrgNode, type PlanDto, type PlanInput, type TemplateDto } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useSession } from 'shell/session';
import { HttpPlansClient } from '../../api/plans-client';
import { PlanAttachments } from '../../components/plan-attachments';
import { FundingFields, withFundingRules } from './funding-fields';
import { planFormMessages } from './locale';
import { PlanFields } from './plan-fields';

/** 新增 / 编辑培训计划: the manual's form, 暂存 or 提交; the server's field errors land on their fields. */
export const PlanFormPage = observer(function PlanFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const t = useT(planFormMessages);
  const locale = useLocale();
  const http = useHttp();
  const session = useSession();
  const client = useMemo(() => new HttpPlansClient(http), [http]);
  const [form] = Form.useForm<PlanInput>();
  const [orgs, setOrgs] = useState<OrgNode[]>([]);
  const [plan, setPlan] = useState<PlanDto | null>(null);
  const [loading, setLoading] = useState(Boolean(id));
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const now = useMemo(() => new Date(), []);
  const grant = session.me?.roles[0];

  const defaults: Partial<PlanInput> = {
    orgId: grant?.orgId,
    kind: 'project',
    planType: 'annual',
    year: planYearFor('annual', now),
    location: 'local',
    budget: 0,
    organiser: grant?.orgName,
    contactName: session.me?.displayName,
    fundingRequested: false,
    quality: 'standard',
    techSupport: false,
    materials: '',
    address: '',
  };

  useEffect(() => {
    client.orgs().then(setOrgs, (e: Error) => setError(e.message));
  }, [client]);

  // M-4 新增计划 from a template (?template=ID): the form starts from the template, year and month by P-1.
  const [params] = useSearchParams();
  const templateId = id ? null : Number(params.get('template')) || null;
  const [template, setTemplate] = useState<TemplateDto | null>(null);
  useEffect(() => {
    if (!templateId) return;
    client.template(templateId).then((found) => {
      setTemplate(found);
      form.setFieldsValue(planFromTemplate(found, (form.getFieldValue('planType') as PlanInput['planType'] | undefined) ?? 'annual', now));
    }, (e: Error) => setError(e.message));
  }, [client, templateId, form, now]);

  useEffect(() => {
    if (!id) return;
    client
      .get(Number(id))
      .then((loaded) => {
        setPlan(loaded);
        form.setFieldsValue(planInputOf(loaded));
      }, (e: Error) => setError(e.message))
      .finally(() => setLoading(false));
  }, [client, id, form]);

  const editable = !plan || plan.actions.edit.allowed;
  const funded = Form.useWatch('fundingRequested', form);

  const save = async (submit: boolean) => {
    const values = await form.validate().catch(() => null);
    if (!values) return Message.warning(t('planForm.invalid'));
    const input = withFundingRules({ ...defaults, ...values } as PlanInput);
    setSaving(submit ? 'submit' : 'draft');
    try {
      const saved = plan ? await client.update(plan, input) : await client.create(input, submit);
      if (plan && submit) await client.transition(saved, 'submit');
      Message.success(submit ? t('planForm.submitted') : t('planForm.saved'));
      navigate(id ? '../..' : '..', { relative: 'path' });
    } catch (e) {
      if (isApiRequestError(e) && e.fields) {
        form.setFields(Object.fromEntries(Object.entries(e.fields).map(([field, message]) => [field.replace(/^plan\./, ''), { error: { message } }])));
        Message.warning(e.message);
      } else {
        Message.error(isApiRequestError(e) && e.code === 'CONFLICT' ? t('planForm.conflict') : (e as Error).message);
      }
    } finally {
      setSaving(null);
    }
  };

  return (
    <Card bordered={false} title={id ? t('planForm.edit') : t('planForm.new')} className="plan-form">
      <Spin loading={loading} block>
        {error && <Alert type="error" content={error} style={{ marginBottom: 16 }} />}
        {template && <Alert type="info" content={t('planForm.fromTemplate', { name: template.name })} style={{ marginBottom: 16 }} />}
        {plan && !plan.actions.edit.allowed && <Alert type="warning" content={t('planForm.readonly', { reason: plan.actions.edit.reason })} style={{ marginBottom: 16 }} />}
        <Form form={form} initialValues={defaults} labelCol={{ span: 5 }} wrapperCol={{ span: 17 }} disabled={!editable} scrollToFirstError>
          <Divider orientation="left">{t('planForm.basic')}</Divider>
          <PlanFields form={form} t={t} locale={locale} orgs={orgs} now={now} quarter={template?.quarter} />
          <Divider orientation="left">{t('planForm.funding')}</Divider>
          <FundingFields form={form} t={t} locale={locale} />
          {funded && (
            <Form.Item label={t('planForm.attachments')}>
              {plan ? <PlanAttachments planId={plan.id} editable={editable} client={client} locale={locale} /> : <Typography.Text type="secondary">{t('planForm.attachments.afterSave')}</Typography.Text>}
            </Form.Item>
          )}
        </Form>
        <div className="plan-form__footer">
          <Button onClick={() => navigate(id ? '../..' : '..', { relative: 'path' })}>{t('planForm.back')}</Button>
          <Button disabled={!editable || saving !== null} loading={saving === 'draft'} onClick={() => void save(false)}>
            {t('planForm.save')}
          </Button>
          <Button type="primary" disabled={!editable || saving !== null} loading={saving === 'submit'} onClick={() => void save(true)}>
            {t('planForm.submit')}
          </Button>
        </div>
      </Spin>
    </Card>
  );
});
