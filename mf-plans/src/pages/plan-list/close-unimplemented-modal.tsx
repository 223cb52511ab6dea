import { useEffect, useState } from 'react';
import { Alert, Form, Input, Message, Modal, Select, Spin, Typography } from '@arco-design/web-react';
import type { PlansClient } from '../../api/plans-client';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

/**
 * 关闭未实施计划 (P-11): one reason for every unimplemented plan of a year,
 * after the admin has read what it does and how many plans it will close.
 */
export function CloseUnimplementedModal({ visible, years, client, t, onClose, onClosed }: { visible: boolean; years: number[]; client: PlansClient; t: T; onClose(): void; onClosed(): void }) {
  const [form] = Form.useForm<{ year: number; reason: string }>();
  const [saving, setSaving] = useState(false);
  const [year, setYear] = useState(years[1]);
  /** How many it would close for the chosen year; null while counting. */
  const [count, setCount] = useState<number | null>(null);
  const [countError, setCountError] = useState<string | null>(null);

  useEffect(() => {
    if (!visible) return;
    let current = true;
    setCount(null);
    setCountError(null);
    client.unimplementedCount(year).then(
      (answer) => current && setCount(answer.count),
      (e: Error) => current && setCountError(e.message),
    );
    return () => {
      current = false;
    };
  }, [client, visible, year]);

  const submit = async () => {
    const values = await form.validate().catch(() => null);
    if (!values) return;
    setSaving(true);
    try {
      const { closed } = await client.closeUnimplemented(values.year, values.reason.trim());
      Message.success(t('close.done', { closed }));
      onClosed();
      onClose();
    } catch (e) {
      Message.error((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      visible={visible}
      title={t('close.title')}
      onOk={submit}
      okText={count ? t('close.confirm', { count }) : undefined}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ status: 'danger', disabled: !count }}
      unmountOnExit
    >
      <Alert type="warning" content={t('close.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" initialValues={{ year: years[1] }} onValuesChange={(changed) => changed.year && setYear(changed.year)}>
        <Form.Item field="year" label={t('close.year')} extra={countError ?? undefined}>
          <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <div className="close-unimplemented__count" role="status" aria-live="polite">
          {count === null && !countError ? <Spin size={14} /> : null}
          {count !== null && <Typography.Text bold={count > 0}>{count > 0 ? t('close.count', { count, year }) : t('close.none', { year })}</Typography.Text>}
        </div>
        <Form.Item field="reason" label={t('close.reason')} rules={[{ required: true, validator: (v, cb) => cb(v?.trim() ? undefined : t('close.reason.required')) }]}>
          <Input.TextArea placeholder={t('close.reason.placeholder')} maxLength={500} showWordLimit autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
