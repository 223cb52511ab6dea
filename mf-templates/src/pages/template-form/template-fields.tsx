import { Form, Grid, Input, InputNumber, Radio, Select, TreeSelect, type FormInstance } from '@arco-design/web-react';
import {
  HOURS_DECIMALS,
  LOCATION_LABELS,
  LOCATIONS,
  MONEY_DECIMALS,
  NUMBER_LIMITS,
  PHONE_PATTERN,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_LABELS,
  PLAN_KIND_LABELS,
  PLAN_KINDS,
  QUARTERS,
  type Locale,
  type OrgNode,
  type TemplateDto,
  type TemplateInput,
} from '@casmooc/domain';
import { ORG_ID_FIELD, orgTreeData } from '@casmooc/ui';
import { ContactPickButton } from 'shell/people-picker';
import type { T } from '../../locale';

/** The form's values: the template, and on 新建模板 the org it belongs to. */
export type TemplateFormValues = TemplateInput & { orgId: number };

const materialsBox = { padding: '8px 12px', border: '1px solid var(--color-border-2)', borderRadius: 4, width: '100%' };

/** A template's fields (M-1): name and category required, the rest a plan made from it may fill in. */
export function TemplateFields({ form, t, locale, orgs, existing }: { form: FormInstance<TemplateFormValues>; t: T; locale: Locale; orgs: readonly OrgNode[]; existing: TemplateDto | null }) {
  const required = (field: string) => ({ required: true, message: t('form.required', { field }) });
  const readOnly = Boolean(existing && !existing.actions.edit.allowed);
  // Blank fields of a template one may only read show a dash.
  const optional = readOnly ? '—' : t('form.optional');
  const half = (node: JSX.Element) => <Grid.Col span={12}>{node}</Grid.Col>;
  const halfLabels = (first: boolean) => (first ? { labelCol: { span: 10 }, wrapperCol: { span: 14 } } : { labelCol: { span: 6 }, wrapperCol: { span: 18 } });
  const count = (field: keyof typeof NUMBER_LIMITS, label: string, first: boolean, props: { min: number; precision: number; step?: number }) =>
    half(
      <Form.Item label={label} field={field} {...halfLabels(first)}>
        <InputNumber {...props} max={NUMBER_LIMITS[field]} placeholder={optional} aria-label={label} />
      </Form.Item>,
    );

  return (
    <>
      {existing ? (
        <Form.Item label={t('form.org')}>
          {/* Plain text: a disabled form greys Typography below the contrast text needs. */}
          <span>{existing.orgName}</span>
        </Form.Item>
      ) : (
        <Form.Item
          label={t('form.org')}
          field="orgId"
          rules={[required(t('form.org'))]}
          // The tree's keys are strings; the template's org id is a number.
          {...ORG_ID_FIELD}
        >
          <TreeSelect treeData={orgTreeData(orgs)} aria-label={t('form.org')} />
        </Form.Item>
      )}
      <Form.Item label={t('form.name')} field="name" rules={[required(t('form.name'))]}>
        <Input maxLength={100} showWordLimit aria-label={t('form.name')} />
      </Form.Item>
      <Form.Item label={t('form.kind')} field="kind">
        <Radio.Group options={PLAN_KINDS.map((k) => ({ value: k, label: PLAN_KIND_LABELS[k][locale] }))} />
      </Form.Item>
      <Form.Item label={t('form.category')} field="category" rules={[required(t('form.category'))]}>
        <Select placeholder={readOnly ? '—' : t('form.categoryPlaceholder')} options={PLAN_CATEGORIES.map((c) => ({ value: c, label: PLAN_CATEGORY_LABELS[c][locale] }))} />
      </Form.Item>
      <Form.Item label={t('form.quarter')} field="quarter" extra={t('form.quarterHint')}>
        <Select allowClear placeholder={optional} options={QUARTERS.map((q) => ({ value: q, label: t('quarter', { q }) }))} />
      </Form.Item>
      <Grid.Row gutter={16}>
        {count('hours', t('form.hours'), true, { min: 0.5, step: 0.5, precision: HOURS_DECIMALS })}
        {count('days', t('form.days'), false, { min: 1, precision: 0 })}
        {count('headcount', t('form.headcount'), true, { min: 1, precision: 0 })}
        {count('budget', t('form.budget'), false, { min: 0, precision: MONEY_DECIMALS, step: 1000 })}
      </Grid.Row>
      <Form.Item label={t('form.organiser')} field="organiser">
        <Input maxLength={100} placeholder={optional} aria-label={t('form.organiser')} />
      </Form.Item>
      <Form.Item label={t('form.location')} field="location">
        <Radio.Group options={LOCATIONS.map((l) => ({ value: l, label: LOCATION_LABELS[l][locale] }))} />
      </Form.Item>
      <Form.Item label={t('form.address')} field="address">
        <Input maxLength={200} placeholder={optional} aria-label={t('form.address')} />
      </Form.Item>
      <Form.Item label={t('form.contactName')}>
        <Grid.Row gutter={8}>
          <Grid.Col flex="auto">
            <Form.Item field="contactName" noStyle>
              <Input maxLength={50} placeholder={optional} aria-label={t('form.contactName')} />
            </Form.Item>
          </Grid.Col>
          <Grid.Col flex="none">
            <ContactPickButton
              title={t('form.contactPick')}
              disabled={readOnly}
              onPick={(person) => form.setFieldsValue({ contactName: person.name, ...(person.phone && { contactPhone: person.phone }) })}
            />
          </Grid.Col>
        </Grid.Row>
      </Form.Item>
      <Form.Item label={t('form.contactPhone')} field="contactPhone" rules={[{ match: PHONE_PATTERN, message: t('form.phoneInvalid') }]}>
        <Input maxLength={32} placeholder={optional} aria-label={t('form.contactPhone')} />
      </Form.Item>
      {existing?.materials && (
        <Form.Item label={t('form.materials')} extra={t('form.materialsHint')}>
          {/* Sanitised by the BFF when the plan was saved; shown, not edited, here. */}
          <div className="plan-materials" style={materialsBox} dangerouslySetInnerHTML={{ __html: existing.materials }} />
        </Form.Item>
      )}
    </>
  );
}
