import { Form, Input, Select, Space, TreeSelect } from '@arco-design/web-react';
import {
  CLASS_APPROVAL_LABELS,
  CLASS_APPROVAL_STATES,
  CLASS_STATE_LABELS,
  CLASS_STATES,
  PLAN_CATEGORIES,
  PLAN_CATEGORY_LABELS,
  TRAINING_MODE_LABELS,
  TRAINING_MODES,
  yearChoices,
  type Label,
  type Locale,
  type OrgNode,
} from '@casmooc/domain';
import { ORG_ID_FIELD, orgTreeData, SearchActions } from '@casmooc/ui';
import type { ClassQuery } from '../../api/training-client';
import type { TrainingKey } from '../../locale';

type T = (key: TrainingKey, vars?: Record<string, string | number>) => string;
export type ClassFilters = Omit<ClassQuery, 'page' | 'pageSize'>;

const options = <K extends string>(keys: readonly K[], labels: Record<K, Label>, locale: Locale) => keys.map((k) => ({ value: k, label: labels[k][locale] }));

/** 培训班管理's filters: year, 实施情况, 审批情况, category, mode, org (its subtree) and name, with 查询 / 重置. */
export function SearchForm({ t, locale, orgs, onSearch }: { t: T; locale: Locale; orgs: readonly OrgNode[]; onSearch(filters: ClassFilters): void }) {
  const select = (field: keyof ClassFilters, label: TrainingKey, items: Array<{ value: string | number; label: string }>, width = 140) => (
    <Form.Item field={field} label={t(label)}>
      <Select allowClear placeholder={t('classes.all')} style={{ width }} options={items} />
    </Form.Item>
  );
  return (
    <Form<ClassFilters> layout="inline" className="class-list__search" onSubmit={(filters) => onSearch({ ...filters, name: filters.name?.trim() || undefined })}>
      <Space wrap align="start">
        {select('year', 'classes.year', yearChoices(2).map((y) => ({ label: String(y), value: y })), 110)}
        {select('state', 'classes.state', options(CLASS_STATES, CLASS_STATE_LABELS, locale), 120)}
        {select('approval', 'classes.approval', options(CLASS_APPROVAL_STATES, CLASS_APPROVAL_LABELS, locale), 130)}
        {select('category', 'classes.category', options(PLAN_CATEGORIES, PLAN_CATEGORY_LABELS, locale), 170)}
        {select('mode', 'classes.mode', options(TRAINING_MODES, TRAINING_MODE_LABELS, locale), 150)}
        <Form.Item
          field="orgId"
          label={t('classes.org')}
          {...ORG_ID_FIELD}
        >
          <TreeSelect allowClear placeholder={t('classes.all')} treeData={orgTreeData(orgs)} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item field="name" label={t('classes.name')}>
          <Input allowClear placeholder={t('classes.namePlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <SearchActions searchLabel={t('classes.search')} resetLabel={t('classes.reset')} />
      </Space>
    </Form>
  );
}
