import { useState } from 'react';
import { Alert, Form, Input, Message, Modal, Select } from '@arco-design/web-react';
import type { PlansClient } from '../../api/plans-client';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

/** 关闭未实施计划 (P-11): one reason for every unimplemented plan of a year, after the admin has read what it does. */
export function CloseUnimplementedModal({ visible, years, client, t, onClose, onClosed }: { visible: boolean; years: number[]; client: PlansClient; t: T; onClose(): void; onClosed(): void }) {
  const [form] = Form.useForm<{ year: number; reason: string }>();
  const [saving, setSaving] = useState(false);
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
    <Modal visible={visible} title={t('close.title')} onOk={submit} confirmLoading={saving} onCancel={onClose} okButtonProps={{ status: 'danger' }} unmountOnExit>
      <Alert type="warning" content={t('close.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" initialValues={{ year: years[1] }}>
        <Form.Item field="year" label={t('close.year')}>
          <Select options={years.map((y) => ({ value: y, label: String(y) }))} />
        </Form.Item>
        <Form.Item field="reason" label={t('close.reason')} rules={[{ required: true, validator: (v, cb) => cb(v?.trim() ? undefined : t('close.reason.required')) }]}>
          <Input.TextArea placeholder={t('close.reason.placeholder')} maxLength={500} showWordLimit autoSize={{ minRows: 3 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
