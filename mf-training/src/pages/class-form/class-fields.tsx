import { useState } from 'react';
import { Button, Divider, Form, Grid, Input, InputNumber, Radio, Select } from '@arco-design/web-react';
import type { FormInstance } from '@arco-design/web-react';
import { IconUser } from '@arco-design/web-react/icon';
import {
  CLASS_FIELD_LABELS,
  EMAIL_PATTERN,
  HOURS_CATEGORIES,
  HOURS_CATEGORY_LABELS,
  HOURS_DECIMALS,
  MONEY_DECIMALS,
  NUMBER_LIMITS,
  PHONE_PATTERN,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_LABELS,
  TRAINING_MODE_LABELS,
  TRAINING_MODES,
  VISIBILITIES,
  VISIBILITY_LABELS,
  type ClassInput,
  type Locale,
} from '@casmooc/domain';
import { TypedDatePicker } from '@casmooc/ui';
import { PeoplePicker } from 'shell/people-picker';
import type { ClassFormKey } from './locale';

type T = (key: ClassFormKey, vars?: Record<string, string | number>) => string;

const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** The manual's 培训项目基本信息表 and 报名与证书, named with its words; the server checks what needs the plan or the date. */
export function ClassFields({ form, t, locale }: { form: FormInstance<ClassInput>; t: T; locale: Locale }) {
  const [picking, setPicking] = useState(false);
  const label = (field: keyof ClassInput) => CLASS_FIELD_LABELS[field][locale];
  const required = (field: keyof ClassInput) => ({ required: true, message: t('required', { field: label(field) }) });
  const startAt = Form.useWatch('startAt', form) as string | undefined;
  const registrationOpen = Form.useWatch('registrationOpen', form) as boolean | undefined;
  const hoursCategory = Form.useWatch('hoursCategory', form) as ClassInput['hoursCategory'] | undefined;
  const yesNo = [
    { value: true, label: t('yes') },
    { value: false, label: t('no') },
  ];
  const col = (node: JSX.Element, span = 12) => <Grid.Col span={span}>{node}</Grid.Col>;
  const count = (field: keyof ClassInput) =>
    col(
      <Form.Item label={label(field)} field={field} labelCol={{ span: 12 }} wrapperCol={{ span: 12 }}>
        <InputNumber min={0} aria-valuemax={NUMBER_LIMITS.headcount} precision={0} suffix={t('unit')} />
      </Form.Item>,
      8,
    );
  const time = (field: 'startAt' | 'endAt' | 'registrationFrom' | 'registrationTo', extra?: { disabled?: boolean; rules?: unknown[] }) => (
    <Form.Item label={label(field)} field={field} rules={extra?.rules as never} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
      <TypedDatePicker showTime={{ format: 'HH:mm' }} format={TIME_FORMAT} disabled={extra?.disabled} style={{ width: '100%' }} />
    </Form.Item>
  );

  return (
    <>
      <Divider orientation="left">{t('section.basic')}</Divider>
      <Form.Item label={label('name')} field="name" rules={[required('name')]}>
        <Input maxLength={100} showWordLimit />
      </Form.Item>
      <Form.Item label={label('mode')} field="mode">
        <Radio.Group options={TRAINING_MODES.map((m) => ({ value: m, label: TRAINING_MODE_LABELS[m][locale] }))} />
      </Form.Item>
      <Grid.Row gutter={16}>
        {col(
          <Form.Item label={label('category')} field="category" rules={[required('category')]} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <Select options={PLAN_CATEGORIES.map((c) => ({ value: c, label: PLAN_CATEGORY_LABELS[c][locale] }))} />
          </Form.Item>,
        )}
        {col(
          <Form.Item label={t('year')} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }} extra={t('yearHint')}>
            <Input value={startAt?.slice(0, 4) ?? ''} disabled aria-label={t('year')} />
          </Form.Item>,
        )}
        {col(time('startAt', { rules: [required('startAt')] }))}
        {col(time('endAt', { rules: [required('endAt')] }))}
        {col(
          <Form.Item label={label('hours')} field="hours" rules={[required('hours')]} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <InputNumber min={0.5} aria-valuemax={NUMBER_LIMITS.hours} step={0.5} precision={HOURS_DECIMALS} />
          </Form.Item>,
        )}
        {col(
          <Form.Item label={label('days')} field="days" rules={[required('days')]} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <InputNumber min={1} aria-valuemax={NUMBER_LIMITS.days} precision={0} />
          </Form.Item>,
        )}
      </Grid.Row>
      <Grid.Row gutter={16}>
        {count('headcount')}
        {count('researchCount')}
        {count('managementCount')}
        {count('supportCount')}
        {count('externalCount')}
        {count('staffCount')}
      </Grid.Row>
      <Form.Item label={label('budget')} field="budget">
        <InputNumber min={0} aria-valuemax={NUMBER_LIMITS.budget} precision={MONEY_DECIMALS} step={1000} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item label={label('organiser')} field="organiser" rules={[required('organiser')]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={label('contactName')} required>
        <Grid.Row gutter={8}>
          <Grid.Col flex="auto">
            <Form.Item field="contactName" rules={[required('contactName')]} noStyle>
              <Input maxLength={50} aria-label={label('contactName')} />
            </Form.Item>
          </Grid.Col>
          <Grid.Col flex="none">
            <Button icon={<IconUser />} onClick={() => setPicking(true)}>
              {t('contactPick')}
            </Button>
          </Grid.Col>
        </Grid.Row>
      </Form.Item>
      <Grid.Row gutter={16}>
        {col(
          <Form.Item label={label('contactPhone')} field="contactPhone" rules={[required('contactPhone'), { match: PHONE_PATTERN, message: label('contactPhone') }]} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <Input maxLength={32} />
          </Form.Item>,
        )}
        {col(
          <Form.Item label={label('contactEmail')} field="contactEmail" rules={[required('contactEmail'), { match: EMAIL_PATTERN, message: label('contactEmail') }]} labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <Input maxLength={128} />
          </Form.Item>,
        )}
      </Grid.Row>
      <Form.Item label={label('hoursCategory')} field="hoursCategory">
        <Radio.Group options={HOURS_CATEGORIES.map((c) => ({ value: c, label: HOURS_CATEGORY_LABELS[c][locale] }))} />
      </Form.Item>
      {hoursCategory === 'split' && (
        <Form.Item label={label('generalHours')} field="generalHours" rules={[required('generalHours')]}>
          <InputNumber min={0.5} aria-valuemax={NUMBER_LIMITS.hours} step={0.5} precision={HOURS_DECIMALS} />
        </Form.Item>
      )}

      <Divider orientation="left">{t('section.registration')}</Divider>
      <Form.Item label={label('visibility')} field="visibility">
        <Radio.Group type="button" options={VISIBILITIES.map((v) => ({ value: v, label: VISIBILITY_LABELS[v][locale] }))} />
      </Form.Item>
      <Grid.Row gutter={16}>
        {col(
          <Form.Item label={label('registrationOpen')} field="registrationOpen" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <Radio.Group options={yesNo} />
          </Form.Item>,
        )}
        {col(
          <Form.Item label={label('registrationApproval')} field="registrationApproval" labelCol={{ span: 10 }} wrapperCol={{ span: 14 }}>
            <Radio.Group options={yesNo} disabled={!registrationOpen} />
          </Form.Item>,
        )}
        {col(time('registrationFrom', { disabled: !registrationOpen }))}
        {col(time('registrationTo', { disabled: !registrationOpen }))}
      </Grid.Row>
      <PeoplePicker
        visible={picking}
        multiple={false}
        value={[]}
        title={t('contactPick')}
        onCancel={() => setPicking(false)}
        onChange={([person]) =>
          person && form.setFieldsValue({ contactName: person.name, ...(person.phone && { contactPhone: person.phone }), ...(person.email && { contactEmail: person.email }) })
        }
      />
    </>
  );
}
