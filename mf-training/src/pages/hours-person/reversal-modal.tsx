import { useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Message, Modal, Typography } from '@arco-design/web-react';
import { NUMBER_LIMITS, type HoursRecordDto, type LedgerEntryDto } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import type { HoursClient } from '../../api/hours-client';
import type { HoursT } from '../../components/hours-record/locale';

interface ReversalForm {
  reason: string;
  correct: boolean;
  generalHours: number;
  professionalHours: number;
}

/** H-1: a row is corrected by a reversal with its reason and, when hours are given, the row that stands in its place. */
export function ReversalModal({ entry, client, t, onClose, onSaved }: { entry: LedgerEntryDto; client: HoursClient; t: HoursT; onClose(): void; onSaved(record: HoursRecordDto): void }) {
  const [form] = Form.useForm<ReversalForm>();
  const [busy, setBusy] = useState(false);
  const [correct, setCorrect] = useState(true);

  const save = async () => {
    const values = await form.validate();
    setBusy(true);
    try {
      const replacement = values.correct ? { generalHours: values.generalHours ?? 0, professionalHours: values.professionalHours ?? 0 } : undefined;
      onSaved(await client.reverse(entry.id, { reason: values.reason.trim(), ...(replacement && { replacement }) }));
      Message.success(t('hours.reversal.saved'));
      onClose();
    } catch (e) {
      if (isApiRequestError(e) && e.fields) form.setFields(Object.fromEntries(Object.entries(e.fields).map(([field, message]) => [field === 'replacement' ? 'professionalHours' : field, { error: { message } }])));
      Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal visible title={t('hours.person.reverseOf', { title: entry.title })} onCancel={onClose} onOk={() => void save()} okText={t('hours.reversal.save')} okButtonProps={{ status: 'warning' }} confirmLoading={busy} style={{ width: 560 }}>
      <Typography.Paragraph type="secondary">{t('hours.reversal.hint')}</Typography.Paragraph>
      <Typography.Paragraph>{t('hours.reversal.original', { title: entry.title, general: entry.generalHours, professional: entry.professionalHours })}</Typography.Paragraph>
      <Form<ReversalForm>
        form={form}
        layout="vertical"
        initialValues={{ reason: '', correct: true, generalHours: entry.generalHours, professionalHours: entry.professionalHours }}
        onValuesChange={(changed) => changed.correct !== undefined && setCorrect(changed.correct)}
      >
        <Form.Item field="reason" label={t('hours.reversal.reason')} rules={[{ required: true, message: t('hours.form.required', { field: t('hours.reversal.reason') }) }, { maxLength: 200 }]}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item field="correct" triggerPropName="checked">
          <Checkbox>{t('hours.reversal.correct')}</Checkbox>
        </Form.Item>
        {correct && (
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item field="generalHours" label={t('hours.general')}>
              <InputNumber min={0} max={NUMBER_LIMITS.hours} precision={1} />
            </Form.Item>
            <Form.Item field="professionalHours" label={t('hours.professional')}>
              <InputNumber min={0} max={NUMBER_LIMITS.hours} precision={1} />
            </Form.Item>
          </div>
        )}
      </Form>
    </Modal>
  );
}
