import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, InputNumber, Message, Space, Spin, Switch } from '@arco-design/web-react';
import type { PlanSettings } from '@casmooc/domain';
import { isApiRequestError, TypedRangePicker } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useT } from 'shell/locale';
import { useSession } from 'shell/session';
import { HttpPlansClient } from '../../api/plans-client';
import { planListMessages } from '../plan-list/locale';

interface Values {
  limited: boolean;
  period?: [string, string];
  fundingLimit: number;
}

/** The Academy's plan settings (P-2, P-6): the annual reporting period and the funded-plan limit; only the academy admin changes them. */
export function PlanSettingsPage() {
  const t = useT(planListMessages);
  const http = useHttp();
  const navigate = useNavigate();
  const canChange = useSession().hasRole(['academy_admin']);
  const [client] = useState(() => new HttpPlansClient(http));
  const [form] = Form.useForm<Values>();
  const [loaded, setLoaded] = useState<PlanSettings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const limited = Form.useWatch('limited', form);

  useEffect(() => {
    client.settings().then((settings) => {
      setLoaded(settings);
      form.setFieldsValue({
        limited: settings.reportingPeriod !== null,
        // The picker's value is formatted as MM-DD: the period recurs every year.
        period: settings.reportingPeriod ? [settings.reportingPeriod.from, settings.reportingPeriod.to] : undefined,
        fundingLimit: settings.fundingLimit,
      });
    }, (e: Error) => setError(e.message));
  }, [client, form]);

  const save = async () => {
    const values = await form.validate().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const saved = await client.saveSettings({
        reportingPeriod: values.limited && values.period ? { from: values.period[0], to: values.period[1] } : null,
        fundingLimit: values.fundingLimit,
      });
      setLoaded(saved);
      Message.success(t('settings.saved'));
    } catch (e) {
      Message.error(isApiRequestError(e) && e.fields ? Object.values(e.fields).join('；') : (e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card bordered={false} title={t('settings.title')} className="plan-settings">
      {error && <Alert type="error" content={error} />}
      {!loaded && !error && <Spin block style={{ padding: 60 }} />}
      {!canChange && loaded && <Alert type="info" content={t('settings.readonly')} style={{ marginBottom: 16 }} />}
      <Form form={form} labelCol={{ span: 6 }} wrapperCol={{ span: 14 }} disabled={!canChange} style={{ display: loaded ? undefined : 'none', maxWidth: 760 }}>
        <Form.Item label={t('settings.limited')} field="limited" triggerPropName="checked" extra={t('settings.limited.extra')}>
          <Switch />
        </Form.Item>
        {limited && (
          <Form.Item label={t('settings.period')} field="period" rules={[{ required: true, message: t('settings.period.required') }]} extra={t('settings.period.extra')}>
            <TypedRangePicker format="MM-DD" style={{ width: 260 }} />
          </Form.Item>
        )}
        <Form.Item label={t('settings.fundingLimit')} field="fundingLimit" rules={[{ required: true }]} extra={t('settings.fundingLimit.extra')}>
          <InputNumber min={0} max={50} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 6 }}>
          <Space>
            <Button onClick={() => navigate('..')}>{t('planView.back')}</Button>
            {canChange && (
              <Button type="primary" loading={saving} onClick={() => void save()}>
                {t('settings.save')}
              </Button>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Card>
  );
}
