import { Form, Radio, Select, Switch } from '@arco-design/web-react';
import type { FormInstance } from '@arco-design/web-react';
import { QUALITY_LABELS, QUALITY_LEVELS, type Locale, type PlanInput } from '@casmooc/domain';
import { RichTextEditor } from '@casmooc/ui';
import type { PlanFormT } from './plan-fields';

/**
 * P-6 … P-9 as the form shows them: funding only for annual plans (not for
 * 学术讲坛, which asks technical support instead), 精品 only when funded,
 * materials required when funded. Hidden parts are reset on save.
 */
export function FundingFields({ form, t, locale }: { form: FormInstance<PlanInput>; t: PlanFormT; locale: Locale }) {
  const planType = Form.useWatch('planType', form);
  const category = Form.useWatch('category', form);
  const funded = Form.useWatch('fundingRequested', form);
  const forum = category === 'academic_forum';
  const mayFund = planType === 'annual' && !forum;
  return (
    <>
      {mayFund && (
        <Form.Item label={t('planForm.fundingRequested')} field="fundingRequested" extra={t('planForm.fundingRequested.extra')}>
          <Radio.Group
            options={[
              { value: true, label: t('planForm.yes') },
              { value: false, label: t('planForm.no') },
            ]}
          />
        </Form.Item>
      )}
      {mayFund && funded && (
        <Form.Item label={t('planForm.quality')} field="quality" extra={t('planForm.quality.extra')}>
          <Select options={QUALITY_LEVELS.map((q) => ({ value: q, label: QUALITY_LABELS[q][locale] }))} />
        </Form.Item>
      )}
      {forum && (
        <Form.Item label={t('planForm.techSupport')} field="techSupport" triggerPropName="checked" extra={t('planForm.techSupport.extra')}>
          <Switch />
        </Form.Item>
      )}
      {mayFund && funded && (
        <Form.Item
          label={t('planForm.materials')}
          field="materials"
          extra={t('planForm.materials.extra')}
          rules={[{ validator: (v, cb) => cb(v?.replace(/<[^>]*>/g, '').trim() ? undefined : t('planForm.required', { field: t('planForm.materials') })) }]}
        >
          <RichTextEditor
            name={t('planForm.materials')}
            labels={{
              bold: t('rich.bold'),
              italic: t('rich.italic'),
              heading: t('rich.heading'),
              bulletList: t('rich.bulletList'),
              orderedList: t('rich.orderedList'),
              table: t('rich.table'),
              undo: t('rich.undo'),
              redo: t('rich.redo'),
            }}
          />
        </Form.Item>
      )}
    </>
  );
}

/** What the server receives: choices the rules do not allow in this combination are cleared. */
export function withFundingRules(values: PlanInput): PlanInput {
  const forum = values.category === 'academic_forum';
  const funded = values.planType === 'annual' && !forum && values.fundingRequested;
  return {
    ...values,
    fundingRequested: funded,
    quality: funded ? values.quality : 'standard',
    materials: funded ? values.materials : '',
    techSupport: forum && values.techSupport,
  };
}
