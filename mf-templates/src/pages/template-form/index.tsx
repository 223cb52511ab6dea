import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Form, Message, Result, Space, Spin, Typography } from '@arco-design/web-react';
import { TEMPLATE_FIELDS, type OrgNode, type TemplateDto, type TemplateInput } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useSession } from 'shell/session';
import { HttpTemplatesClient } from '../../api/templates-client';
import { templateMessages } from '../../locale';
import { TemplateFields, type TemplateFormValues } from './template-fields';

const valuesOf = (t: TemplateDto): TemplateFormValues => ({ orgId: t.orgId, ...(Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, t[f]])) as TemplateInput) });

/** The form's values as the API takes them: a blank number is no number. */
const inputOf = ({ orgId: _orgId, ...values }: TemplateFormValues): TemplateInput => ({
  ...values,
  quarter: values.quarter ?? null,
  hours: values.hours ?? null,
  days: values.days ?? null,
  headcount: values.headcount ?? null,
  budget: values.budget ?? null,
});

/**
 * 新建模板 / 编辑模板 (M-1): the plan fields worth reusing, only the name
 * and category required. A template shared with the user's org opens
 * read-only, saying why (M-2); the server's field errors land on their fields.
 */
export function TemplateFormPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const t = useT(templateMessages);
  const locale = useLocale();
  const http = useHttp();
  const session = useSession();
  const [client] = useState(() => new HttpTemplatesClient(http));
  const [form] = Form.useForm<TemplateFormValues>();
  const [orgs, setOrgs] = useState<OrgNode[]>([]);
  const [template, setTemplate] = useState<TemplateDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const back = () => navigate(id ? '../..' : '..', { relative: 'path' });

  useEffect(() => void client.orgs().then(setOrgs, (e: Error) => setError(e.message)), [client]);
  useEffect(() => {
    if (!id) return;
    client.get(Number(id)).then(
      // The form mounts once it is here, starting from its values.
      setTemplate,
      (e: unknown) => (isApiRequestError(e) && e.status === 404 ? setMissing(true) : setError((e as Error).message)),
    );
  }, [client, id]);

  if (missing) return <Result status="404" subTitle={t('form.missing')} extra={<Button onClick={back}>{t('form.back')}</Button>} />;
  if (id && !template && !error) return <Spin block style={{ padding: 80 }} />;
  const editable = !template || template.actions.edit.allowed;
  const grant = session.me?.roles[0];

  const save = async () => {
    const values = await form.validate().catch(() => null);
    if (!values) return void Message.warning(t('form.invalid'));
    setSaving(true);
    try {
      if (template) await client.update(template, inputOf(values));
      else await client.create(values.orgId, inputOf(values));
      Message.success(t('form.saved'));
      back();
    } catch (e) {
      if (isApiRequestError(e) && e.fields) {
        form.setFields(Object.fromEntries(Object.entries(e.fields).map(([field, message]) => [field.replace(/^template\./, ''), { error: { message } }])));
        Message.warning(e.message);
      } else Message.error(isApiRequestError(e) && e.code === 'CONFLICT' ? t('list.conflict') : (e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card bordered={false} title={<Typography.Title heading={5} style={{ margin: 0 }}>{template ? `${t(editable ? 'form.edit' : 'form.view')} · ${template.name}` : t('form.new')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('form.hint')}</Typography.Paragraph>
      {error && <Alert type="error" content={error} style={{ marginBottom: 16 }} />}
      {template && !template.actions.edit.allowed && <Alert type="warning" content={t('form.readonly', { reason: template.actions.edit.reason })} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        style={{ maxWidth: 880 }}
        labelCol={{ span: 5 }}
        wrapperCol={{ span: 19 }}
        disabled={!editable}
        scrollToFirstError
        initialValues={template ? valuesOf(template) : { orgId: grant?.orgId, kind: 'project', location: 'local', organiser: grant?.orgName ?? '', contactName: '', contactPhone: '', address: '', materials: '' }}
        onSubmit={() => void save()}
      >
        <TemplateFields form={form} t={t} locale={locale} orgs={orgs} existing={template} />
        <Form.Item wrapperCol={{ offset: 5 }}>
          <Space>
            <Button onClick={back} disabled={false}>
              {t('form.back')}
            </Button>
            {editable && (
              <Button type="primary" htmlType="submit" loading={saving}>
                {t('form.save')}
              </Button>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
