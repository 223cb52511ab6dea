import { useState } from 'react';
import { Form, Input, InputNumber, Message, Modal, Select } from '@arco-design/web-react';
import { academyDate, EXTERNAL_ACTIVITIES, EXTERNAL_ACTIVITY_LABELS, HOURS_KIND_LABELS, HOURS_KINDS, NUMBER_LIMITS, type ExternalEntryInput, type HoursRecordDto, type Locale } from '@casmooc/domain';
import { isApiRequestError, TypedDatePicker } from '@casmooc/ui';
import type { HoursClient } from '../../api/hours-client';
import type { HoursT } from '../../components/hours-record/locale';

/**
 * H-1: a manager records an activity outside the portal's classes (a
 * conference, 高研班, an online course) with its evidence. Bad input is
 * named on its field; nothing typed is lost.
 */
export function ExternalEntryModal({ staffId, client, t, locale, onClose, onSaved }: { staffId: number; client: HoursClient; t: HoursT; locale: Locale; onClose(): void; onSaved(record: HoursRecordDto): void }) {
  const [form] = Form.useForm<ExternalEntryInput>();
  const [busy, setBusy] = useState(false);
  const required = (field: Parameters<HoursT>[0]) => [{ required: true, message: t('hours.form.required', { field: t(field) }) }];

  const save = async () => {
    const values = await form.validate();
    setBusy(true);
    try {
      onSaved(await client.addExternal(staffId, { ...values, title: values.title.trim(), evidence: values.evidence.trim() }));
      Message.success(t('hours.external.saved'));
      onClose();
    } catch (e) {
      if (isApiRequestError(e) && e.fields) form.setFields(Object.fromEntries(Object.entries(e.fields).map(([field, message]) => [field, { error: { message } }])));
      Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal visible title={t('hours.external.title')} onCancel={onClose} onOk={() => void save()} okText={t('hours.external.save')} confirmLoading={busy} style={{ width: 560 }}>
      <Form<ExternalEntryInput> form={form} layout="vertical" initialValues={{ activity: 'conference', kind: 'professional', date: academyDate() }}>
        <Form.Item field="activity" label={t('hours.external.activity')} rules={required('hours.external.activity')}>
          <Select aria-label={t('hours.external.activity')} options={EXTERNAL_ACTIVITIES.map((a) => ({ value: a, label: EXTERNAL_ACTIVITY_LABELS[a][locale] }))} />
        </Form.Item>
        <Form.Item field="title" label={t('hours.external.name')} rules={[...required('hours.external.name'), { maxLength: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item field="date" label={t('hours.external.date')} rules={required('hours.external.date')}>
          <TypedDatePicker style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > academyDate()} />
        </Form.Item>
        <Form.Item field="kind" label={t('hours.external.kind')} rules={required('hours.external.kind')}>
          <Select aria-label={t('hours.external.kind')} options={HOURS_KINDS.map((k) => ({ value: k, label: HOURS_KIND_LABELS[k][locale] }))} />
        </Form.Item>
        <Form.Item field="hours" label={t('hours.external.hours')} rules={required('hours.external.hours')}>
          <InputNumber min={0.1} max={NUMBER_LIMITS.hours} precision={1} step={1} />
        </Form.Item>
        <Form.Item field="evidence" label={t('hours.external.evidence')} rules={[...required('hours.external.evidence'), { maxLength: 500 }]}>
          <Input.TextArea maxLength={500} placeholder={t('hours.external.evidencePlaceholder')} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
