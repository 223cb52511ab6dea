import { useEffect, useState } from 'react';
import { Button, Form, InputNumber, Message, Modal, Spin, Typography } from '@arco-design/web-react';
import { DEFAULT_HOURS_REQUIREMENT, NUMBER_LIMITS, type RequirementAtOrgDto } from '@casmooc/domain';
import type { HoursClient } from '../../api/hours-client';
import type { HoursT } from '../../components/hours-record/locale';

interface RequirementForm {
  annualHours: number;
  /** The professional share as a percentage, to two places (66.67). */
  percent: number;
}

const toForm = (r: RequirementAtOrgDto): RequirementForm => ({ annualHours: r.annualHours, percent: Math.round(r.professionalShare * 10_000) / 100 });

/**
 * SPEC §3a: an admin sets the yearly requirement of their org's subtree,
 * or removes their org's own setting to follow the one above. The version
 * read goes back with the change, so nobody overwrites a change unseen.
 */
export function RequirementModal({ org, client, t, onClose, onChanged }: { org: { id: number; name: string }; client: HoursClient; t: HoursT; onClose(): void; onChanged(): void }) {
  const [form] = Form.useForm<RequirementForm>();
  const [current, setCurrent] = useState<RequirementAtOrgDto | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void client.requirement(org.id).then(
      (r) => {
        setCurrent(r);
        form.setFieldsValue(toForm(r));
      },
      (e: Error) => Message.error(e.message),
    );
  }, [client, org.id, form]);

  const run = async (change: (version: number) => Promise<RequirementAtOrgDto>, done: string) => {
    if (!current) return;
    setBusy(true);
    try {
      await change(current.version);
      Message.success(done);
      onChanged();
      onClose();
    } catch (e) {
      Message.error((e as Error).message);
      // Someone else changed it: show what holds now.
      setCurrent(await client.requirement(org.id).catch(() => current));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const values = await form.validate();
    await run((version) => client.setRequirement(org.id, { annualHours: values.annualHours, professionalShare: Math.round(values.percent * 100) / 10_000 }, version), t('hours.requirement.saved'));
  };

  return (
    <Modal
      visible
      title={t('hours.requirement.title', { org: org.name })}
      onCancel={onClose}
      footer={
        <>
          {current?.own && (
            <Button status="warning" disabled={busy} onClick={() => void run((version) => client.withdrawRequirement(org.id, version), t('hours.requirement.withdrawn'))}>
              {t('hours.requirement.withdraw')}
            </Button>
          )}
          <Button onClick={onClose}>{t('hours.requirement.cancel')}</Button>
          <Button type="primary" loading={busy} disabled={!current} onClick={() => void save()}>
            {t('hours.requirement.save')}
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('hours.requirement.hint')}</Typography.Paragraph>
      <Spin loading={!current} block>
        <Form<RequirementForm> form={form} layout="vertical" initialValues={{ annualHours: DEFAULT_HOURS_REQUIREMENT.annualHours, percent: 66.67 }} onSubmit={() => void save()}>
          <Form.Item field="annualHours" label={t('hours.requirement.annual')} rules={[{ required: true, message: t('hours.form.required', { field: t('hours.requirement.annual') }) }]}>
            <InputNumber min={0.1} max={NUMBER_LIMITS.hours} precision={1} step={1} />
          </Form.Item>
          <Form.Item field="percent" label={t('hours.requirement.share')} extra={t('hours.requirement.shareHelp')} rules={[{ required: true, message: t('hours.form.required', { field: t('hours.requirement.share') }) }]}>
            <InputNumber min={0} max={100} precision={2} step={1} suffix="%" />
          </Form.Item>
        </Form>
      </Spin>
    </Modal>
  );
}
