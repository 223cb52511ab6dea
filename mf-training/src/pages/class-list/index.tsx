import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Form, Input, Select, Space, Table, Typography, type TableColumnProps } from '@arco-design/web-react';
import { PLAN_CATEGORY_LABELS, yearChoices, type Locale, type TrainingClassDto } from '@casmooc/domain';
import { LoadError, PagedList, SearchActions } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { HttpTrainingClient, type ClassQuery } from '../../api/training-client';
import { trainingMessages, type TrainingKey } from '../../locale';

type T = (key: TrainingKey, vars?: Record<string, string | number>) => string;
type ClassFilters = Omit<ClassQuery, 'page' | 'pageSize'>;

const columns = (t: T, locale: Locale): TableColumnProps<TrainingClassDto>[] => [
  { title: t('classes.name'), dataIndex: 'name', render: (name, c) => <Link className="arco-link" to={`classes/${c.id}`}>{name}</Link> },
  { title: t('classes.columns.org'), dataIndex: 'orgName', width: 180 },
  { title: t('classes.columns.month'), dataIndex: 'month', width: 100 },
  { title: t('classes.columns.category'), dataIndex: 'category', width: 160, render: (c: TrainingClassDto['category']) => PLAN_CATEGORY_LABELS[c][locale] },
  { title: t('classes.columns.hours'), dataIndex: 'hours', width: 70, align: 'right' },
  { title: t('classes.columns.headcount'), dataIndex: 'headcount', width: 90, align: 'right' },
  {
    title: t('classes.columns.attendance'),
    width: 130,
    align: 'right',
    render: (_, c) => `${c.attendance.attended} / ${c.attendance.confirmed}`,
  },
  {
    title: t('classes.columns.actions'),
    width: 130,
    render: (_, c) => (
      <Link to={`classes/${c.id}`}>
        <Button type="text" size="small">
          {t('classes.open')}
        </Button>
      </Link>
    ),
  },
];

/** 培训班管理: the classes of the user's subtree, newest first, by year and name. */
export const ClassListPage = observer(function ClassListPage() {
  const t = useT(trainingMessages);
  const locale = useLocale();
  const http = useHttp();
  const [list] = useState(() => {
    const client = new HttpTrainingClient(http);
    return new PagedList<TrainingClassDto, ClassFilters>((query) => client.classes(query), {});
  });

  useEffect(() => void list.load(), [list]);

  return (
    <Card bordered={false} title={t('classes.title')}>
      <Typography.Paragraph type="secondary">{t('classes.hint')}</Typography.Paragraph>
      <Form<ClassFilters> layout="inline" onSubmit={(filters) => void list.search({ year: filters.year, name: filters.name?.trim() || undefined })}>
        <Space wrap align="start">
          <Form.Item field="year" label={t('classes.year')}>
            <Select allowClear placeholder={t('classes.allYears')} style={{ width: 140 }} options={yearChoices(2).map((y) => ({ label: String(y), value: y }))} />
          </Form.Item>
          <Form.Item field="name" label={t('classes.name')}>
            <Input allowClear placeholder={t('classes.namePlaceholder')} style={{ width: 220 }} />
          </Form.Item>
          <SearchActions searchLabel={t('classes.search')} resetLabel={t('classes.reset')} />
        </Space>
      </Form>
      {list.status.error && <LoadError message={t('load.failed', { message: list.status.error })} retryLabel={t('load.retry')} onRetry={() => void list.load()} />}
      <Table
        rowKey="id"
        loading={list.status.loading}
        data={list.items}
        columns={columns(t, locale)}
        scroll={{ x: 900 }}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('classes.empty')} />}
        pagination={list.pagination((total) => t('classes.total', { total }))}
      />
    </Card>
  );
});
