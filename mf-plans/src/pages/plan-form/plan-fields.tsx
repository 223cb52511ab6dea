import { Form, Grid, Input, InputNumber, Radio, Select, TreeSelect } from '@arco-design/web-react';
import type { FormInstance } from '@arco-design/web-react';
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
  PLAN_TYPE_LABELS,
  PLAN_TYPES,
  planYearFor,
  quarterMonth,
  type Locale,
  type OrgNode,
  type PlanInput,
  type PlanType,
  type Quarter,
} from '@casmooc/domain';
import { ORG_ID_FIELD, orgTreeData, TypedMonthPicker } from '@casmooc/ui';
import { ContactPickButton } from 'shell/people-picker';
import type { planFormMessages } from './locale';

export type PlanFormT = (key: keyof (typeof planFormMessages)['zh-CN'], vars?: Record<string, string | number>) => string;

/** The manual's plan fields with its hints; year follows the plan type (P-1), and from a template the month its quarter (M-4). */
export function PlanFields({ form, t, locale, orgs, now, quarter }: { form: FormInstance<PlanInput>; t: PlanFormT; locale: Locale; orgs: OrgNode[]; now: Date; quarter?: Quarter | null }) {
  const year = Form.useWatch('year', form) as number | undefined;
  const required = (field: string) => ({ required: true, message: t('planForm.required', { field }) });
  const positive = (field: string) => ({ validator: (v: number | undefined, cb: (e?: string) => void) => cb(v !== undefined && v > 0 ? undefined : t('planForm.positive', { field })) });
  const half = (node: JSX.Element) => <Grid.Col span={12}>{node}</Grid.Col>;

  const onPlanType = (planType: PlanType) => {
    const planYear = planYearFor(planType, now);
    const month = quarter ? quarterMonth(planYear, quarter) : (form.getFieldValue('month') as string | undefined);
    form.setFieldsValue({ year: planYear, month: month?.startsWith(`${planYear}-`) ? month : undefined });
  };

  return (
    <>
      <Form.Item
        label={t('planForm.org')}
        field="orgId"
        rules={[required(t('planForm.org'))]}
        // The tree's keys are strings; the plan's org id is a number.
        {...ORG_ID_FIELD}
      >
        <TreeSelect treeData={orgTreeData(orgs)} />
      </Form.Item>
      <Form.Item label={t('planForm.name')} field="name" rules={[required(t('planForm.name'))]} extra={t('planForm.name.extra')}>
        <Input placeholder={t('planForm.name.placeholder')} maxLength={100} showWordLimit />
      </Form.Item>
      <Form.Item label={t('planForm.kind')} field="kind" extra={t('planForm.kind.extra')}>
        <Radio.Group options={PLAN_KINDS.map((k) => ({ value: k, label: PLAN_KIND_LABELS[k][locale] }))} />
      </Form.Item>
      <Form.Item label={t('planForm.planType')} field="planType" extra={t('planForm.planType.extra')}>
        <Radio.Group type="button" options={PLAN_TYPES.map((k) => ({ value: k, label: PLAN_TYPE_LABELS[k][locale] }))} onChange={onPlanType} />
      </Form.Item>
      <Grid.Row gutter={16}>
        {half(
          <Form.Item label={t('planForm.year')} field="year" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <InputNumber disabled aria-valuemin={2000} aria-valuemax={2100} />
          </Form.Item>,
        )}
        {half(
          <Form.Item label={t('planForm.month')} field="month" rules={[required(t('planForm.month'))]} labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
            {/* Opens on the plan's year (next year for an annual plan), the only one it may pick. */}
            <TypedMonthPicker key={year} format="YYYY-MM" defaultPickerValue={year ? `${year}-01` : undefined} disabledDate={(d) => d.year() !== year} style={{ width: '100%' }} />
          </Form.Item>,
        )}
      </Grid.Row>
      <Form.Item label={t('planForm.category')} field="category" rules={[required(t('planForm.category'))]}>
        <Select placeholder={t('planForm.category.placeholder')} options={PLAN_CATEGORIES.map((c) => ({ value: c, label: PLAN_CATEGORY_LABELS[c][locale] }))} />
      </Form.Item>
      <Grid.Row gutter={16}>
        {half(
          <Form.Item label={t('planForm.hours')} field="hours" rules={[positive(t('planForm.hours'))]} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <InputNumber min={0.5} aria-valuemax={NUMBER_LIMITS.hours} step={0.5} precision={HOURS_DECIMALS} />
          </Form.Item>,
        )}
        {half(
          <Form.Item label={t('planForm.days')} field="days" rules={[positive(t('planForm.days'))]} extra={t('planForm.upperBound')} labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
            <InputNumber min={1} aria-valuemax={NUMBER_LIMITS.days} precision={0} />
          </Form.Item>,
        )}
        {half(
          <Form.Item label={t('planForm.headcount')} field="headcount" rules={[positive(t('planForm.headcount'))]} extra={t('planForm.upperBound')} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <InputNumber min={1} aria-valuemax={NUMBER_LIMITS.headcount} precision={0} />
          </Form.Item>,
        )}
        {half(
          <Form.Item label={t('planForm.budget')} field="budget" extra={t('planForm.upperBound')} labelCol={{ span: 6 }} wrapperCol={{ span: 14 }}>
            <InputNumber min={0} aria-valuemax={NUMBER_LIMITS.budget} precision={MONEY_DECIMALS} step={1000} />
          </Form.Item>,
        )}
      </Grid.Row>
      <Form.Item label={t('planForm.organiser')} field="organiser" rules={[required(t('planForm.organiser'))]}>
        <Input placeholder={t('planForm.organiser.placeholder')} maxLength={100} />
      </Form.Item>
      <Form.Item label={t('planForm.location')} field="location">
        <Radio.Group options={LOCATIONS.map((l) => ({ value: l, label: LOCATION_LABELS[l][locale] }))} />
      </Form.Item>
      <Form.Item label={t('planForm.address')} field="address">
        <Input placeholder={t('planForm.address.placeholder')} maxLength={200} />
      </Form.Item>
      <Form.Item label={t('planForm.contactName')} required>
        <Grid.Row gutter={8}>
          <Grid.Col flex="auto">
            <Form.Item field="contactName" rules={[required(t('planForm.contactName'))]} noStyle>
              {/* The outer item's label has no field to point at: the input is named itself. */}
              <Input maxLength={50} aria-label={t('planForm.contactName')} />
            </Form.Item>
          </Grid.Col>
          <Grid.Col flex="none">
            <ContactPickButton title={t('planForm.contactPick')} onPick={(person) => form.setFieldsValue({ contactName: person.name, ...(person.phone && { contactPhone: person.phone }) })} />
          </Grid.Col>
        </Grid.Row>
      </Form.Item>
      <Form.Item
        label={t('planForm.contactPhone')}
        field="contactPhone"
        rules={[required(t('planForm.contactPhone')), { match: PHONE_PATTERN, message: t('planForm.contactPhone.invalid') }]}
      >
        <Input maxLength={32} />
      </Form.Item>
    </>
  );
}
