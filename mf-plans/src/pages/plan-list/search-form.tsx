import { Form, Input, Select } from '@arco-design/web-react';
import { FILTER_ACTIONS, FilterGrid, SearchActions } from '@casmooc/ui';
import {
  IMPLEMENTATION_LABELS,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_LABELS,
  PLAN_KINDS,
  PLAN_KIND_LABELS,
  PLAN_TYPES,
  PLAN_TYPE_LABELS,
  PUBLISH_LABELS,
  REVOCATION_LABELS,
  type Label,
  type Locale,
} from '@casmooc/domain';
import type { PlanFilters } from '../../stores/plan-list-store';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey) => string;

const options = <K extends string>(keys: readonly K[], labels: Record<K, Label>, locale: Locale) => keys.map((value) => ({ value, label: labels[value][locale] }));

/** The manual's filters; 查询 searches, 重置 clears them. */
export function SearchForm({ t, locale, years, onSearch }: { t: T; locale: Locale; years: number[]; onSearch(filters: PlanFilters): void }) {
  const [form] = Form.useForm();
  const yesNo = (yes: Label, no: Label) => [
    { value: 'true', label: yes[locale] },
    { value: 'false', label: no[locale] },
  ];
  const submit = () => {
    const v = form.getFieldsValue();
    const flag = (value?: string) => (value === undefined ? undefined : value === 'true');
    onSearch({
      year: v.year,
      kind: v.kind,
      planType: v.planType,
      category: v.category,
      published: flag(v.published),
      implemented: flag(v.implemented),
      revoked: flag(v.revoked),
      name: v.name?.trim() || undefined,
    });
  };
  const field = (name: string, label: string, control: JSX.Element) => (
    <Form.Item field={name} label={label}>
      {control}
    </Form.Item>
  );
  const select = (items: { value: string | number; label: string }[]) => <Select allowClear placeholder={t('search.all')} options={items} />;
  return (
    <Form form={form} className="plan-list__search" labelCol={{ style: { flex: '0 0 104px' } }} wrapperCol={{ style: { flex: 1, minWidth: 0 } }} onSubmit={submit}>
      <FilterGrid minWidth={240}>
        {field('year', t('search.year'), select(years.map((y) => ({ value: y, label: String(y) }))))}
        {field('kind', t('search.kind'), select(options(PLAN_KINDS, PLAN_KIND_LABELS, locale)))}
        {field('planType', t('search.planType'), select(options(PLAN_TYPES, PLAN_TYPE_LABELS, locale)))}
        {field('category', t('search.category'), select(options(PLAN_CATEGORIES, PLAN_CATEGORY_LABELS, locale)))}
        {field('published', t('search.published'), select(yesNo(PUBLISH_LABELS.published, PUBLISH_LABELS.unpublished)))}
        {field('implemented', t('search.implemented'), select(yesNo(IMPLEMENTATION_LABELS.implemented, IMPLEMENTATION_LABELS.not_implemented)))}
        {field('revoked', t('search.revoked'), select(yesNo(REVOCATION_LABELS.revoked, REVOCATION_LABELS.active)))}
        {field('name', t('search.name'), <Input allowClear placeholder={t('search.name.placeholder')} />)}
        <div style={FILTER_ACTIONS}>
          <SearchActions searchLabel={t('search.submit')} resetLabel={t('search.reset')} />
        </div>
      </FilterGrid>
    </Form>
  );
}
