import { useState } from 'react';
import { Alert, Form, Input, Modal } from '@arco-design/web-react';
import type { PlanDto } from '@casmooc/domain';
import type { PlanListKey } from '../plan-list/locale';

interface Props {
  plan: PlanDto | null;
  t: (key: PlanListKey) => string;
  onRevoke(plan: PlanDto, reason: string): Promise<void>;
  onCancel(): void;
}

/** P-11: revoking asks for the reason, which stays with the plan. */
export function RevokeModal({ plan, t, onRevoke, onCancel }: Props) {
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const values = await form.validate().catch(() => null);
    if (!values || !plan) return;
    setSaving(true);
    try {
      await onRevoke(plan, values.reason.trim());
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal visible={plan !== null} title={`${t('planList.revoke.title')}：${plan?.name ?? ''}`} onOk={submit} onCancel={onCancel} confirmLoading={saving} unmountOnExit>
      <Alert type="info" content={t('planList.revoke.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical">
        <Form.Item
          field="reason"
          label={t('planList.revoke.reason')}
          rules={[{ required: true, validator: (v, cb) => cb(v?.trim() ? undefined : t('planList.revoke.required')) }]}
        >
          <Input.TextArea placeholder={t('planList.revoke.placeholder')} maxLength={500} showWordLimit autoSize={{ minRows: 3 }} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
