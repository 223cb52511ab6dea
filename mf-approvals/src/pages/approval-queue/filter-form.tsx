import { Form, Input, Select } from '@arco-design/web-react';
import { FILTER_ACTIONS, FilterGrid, SearchActions, TypedRangePicker, WIDE_FILTER } from '@casmooc/ui';
import { FUNDING_LEVEL_LABELS, FUNDING_LEVELS, type Label, type Locale } from '@casmooc/domain';
import type { QueueFilters } from '../../stores/approval-queue-store';
import type { T } from './locale';

interface FormValues {
  year?: number;
  kind?: string;
  fundingLevel?: QueueFilters['fundingLevel'];
  dates?: [string, string];
  q?: string;
}

export interface FilterFormProps {
  t: T;
  locale: Locale;
  years: number[];
  /** What the subject's `kind` is (a plan's 培训计划类型, a class's 培训方式) and its values. */
  kind: { label: Label; values: Record<string, Label> };
  onSearch(filters: QueueFilters): void;
}

/** The list's filters: year, the subject's kind, funding level, report dates and name; Enter in any field searches. */
export function FilterForm({ t, locale, years, kind, onSearch }: FilterFormProps) {
  const [form] = Form.useForm<FormValues>();
  const submit = () => {
    const { year, kind, fundingLevel, dates, q } = form.getFieldsValue();
    onSearch({ year, kind, fundingLevel, from: dates?.[0], to: dates?.[1], q: q?.trim() || undefined });
  };
  const col = (name: keyof FormValues, label: string, control: JSX.Element) => (
    <Form.Item field={name} label={label} style={name === 'dates' ? WIDE_FILTER : undefined}>
      {control}
    </Form.Item>
  );
  return (
    <Form form={form} className="approvals__filters" labelCol={{ style: { flex: '0 0 100px' } }} wrapperCol={{ style: { flex: 1, minWidth: 0 } }} onSubmit={submit}>
      {/* The list shares its row with the org list: as many columns as its width holds. */}
      <FilterGrid>
        {col('year', t('search.year'), <Select allowClear placeholder={t('search.all')} options={years.map((y) => ({ value: y, label: String(y) }))} />)}
        {col('kind', kind.label[locale], <Select allowClear placeholder={t('search.all')} options={Object.entries(kind.values).map(([value, label]) => ({ value, label: label[locale] }))} />)}
        {col('fundingLevel', t('search.funding'), <Select allowClear placeholder={t('search.all')} options={FUNDING_LEVELS.map((v) => ({ value: v, label: FUNDING_LEVEL_LABELS[v][locale] }))} />)}
        {col('dates', t('search.dates'), <TypedRangePicker style={{ width: '100%' }} />)}
        {col('q', t('search.q'), <Input allowClear placeholder={t('search.q.placeholder')} onPressEnter={submit} />)}
        <div style={FILTER_ACTIONS}>
          <SearchActions searchLabel={t('search.submit')} resetLabel={t('search.reset')} />
        </div>
      </FilterGrid>
    </Form>
  );
}
