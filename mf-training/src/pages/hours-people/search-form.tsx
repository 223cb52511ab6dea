import { Checkbox, Form, Input, Select, TreeSelect } from '@arco-design/web-react';
import { yearChoices, type OrgNode } from '@casmooc/domain';
import { FilterGrid, FILTER_ACTIONS, ORG_ID_FIELD, orgTreeData, SearchActions, TypedDatePicker } from '@casmooc/ui';
import type { ProgressQuery } from '../../api/hours-client';
import type { HoursT } from '../../components/hours-record/locale';

export type ProgressFilters = Omit<ProgressQuery, 'page' | 'pageSize'>;

/** The at-risk shares a manager picks from (H-2): below a quarter, half, three quarters or all of the requirement. */
const SHARES = [0.25, 0.5, 0.75, 1];

/** 人员学时's filters: org (its subtree), year, name or staff no., and the at-risk list's share and day. */
export function ProgressSearchForm({ t, orgs, initial, onSearch }: { t: HoursT; orgs: readonly OrgNode[]; initial: ProgressFilters; onSearch(filters: ProgressFilters): void }) {
  return (
    <Form<ProgressFilters>
      layout="vertical"
      className="hours-people__search"
      initialValues={initial}
      onSubmit={(filters) => onSearch({ ...filters, q: filters.q?.trim() || undefined })}
    >
      <FilterGrid minWidth={200}>
        <Form.Item
          field="orgId"
          label={t('hours.people.org')}
          {...ORG_ID_FIELD}
        >
          <TreeSelect allowClear placeholder={t('hours.people.orgPlaceholder')} treeData={orgTreeData(orgs)} />
        </Form.Item>
        <Form.Item field="year" label={t('hours.year')}>
          <Select aria-label={t('hours.year')} options={yearChoices(4).map((y) => ({ label: String(y), value: y }))} />
        </Form.Item>
        <Form.Item field="q" label={t('hours.people.q')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item field="by" label={t('hours.people.by')}>
          <TypedDatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item field="share" label={t('hours.people.share')}>
          <Select aria-label={t('hours.people.share')} options={SHARES.map((s) => ({ value: s, label: t('hours.people.shareOption', { percent: s * 100 }) }))} />
        </Form.Item>
        <Form.Item field="atRisk" label=" " triggerPropName="checked">
          <Checkbox>{t('hours.people.atRiskOnly')}</Checkbox>
        </Form.Item>
        <div style={FILTER_ACTIONS}>
          <SearchActions searchLabel={t('hours.people.search')} resetLabel={t('hours.people.reset')} />
        </div>
      </FilterGrid>
    </Form>
  );
}
