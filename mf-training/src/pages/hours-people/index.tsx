import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Button, Card, Empty, Table, Typography } from '@arco-design/web-react';
import type { HoursProgressPage, OrgNode, PersonProgressDto } from '@casmooc/domain';
import { academyYear } from '@casmooc/domain';
import { LoadError, PagedList } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { useDomainEvents } from 'shell/socket';
import { HttpHoursClient } from '../../api/hours-client';
import { HttpTrainingClient } from '../../api/training-client';
import { RECORD_EVENTS, requirementText } from '../../components/hours-record';
import { hoursMessages } from '../../components/hours-record/locale';
import { getColumns } from './columns';
import { ExportButton } from './export-button';
import { RequirementModal } from './requirement-modal';
import { ProgressSearchForm, type ProgressFilters } from './search-form';

const INITIAL: ProgressFilters = { year: academyYear(), share: 0.5, atRisk: false };

/**
 * 人员学时 (H-2): everyone of the manager's subtree with this year's hours
 * against the requirement in force for each, the at-risk list by a chosen
 * share and day, export; live as hours are confirmed. Admins set the
 * requirement of the org shown.
 */
export const HoursPeoplePage = observer(function HoursPeoplePage() {
  const t = useT(hoursMessages);
  const locale = useLocale();
  const http = useHttp();
  const [client] = useState(() => new HttpHoursClient(http));
  const [orgs, setOrgs] = useState<OrgNode[]>([]);
  const [meta, setMeta] = useState<Omit<HoursProgressPage, 'items'> | null>(null);
  const [editing, setEditing] = useState(false);
  const [list] = useState(
    () =>
      new PagedList<PersonProgressDto, ProgressFilters>(async (query) => {
        const { items, ...rest } = await client.progress(query);
        setMeta(rest);
        return { items, total: rest.total };
      }, INITIAL),
  );

  useEffect(() => void list.load(), [list]);
  useEffect(() => void new HttpTrainingClient(http).orgs().then(setOrgs, () => undefined), [http]);
  useDomainEvents(() => void list.load(), RECORD_EVENTS);

  const columns = getColumns(t, locale);
  return (
    <Card bordered={false} title={t('hours.people.title')} extra={<ExportButton client={client} filters={list.filters} t={t} />}>
      <Typography.Paragraph type="secondary">{t('hours.people.hint')}</Typography.Paragraph>
      <ProgressSearchForm t={t} orgs={orgs} initial={INITIAL} onSearch={(filters) => void list.search(filters)} />
      {meta && (
        <Alert
          className="hours-people__requirement"
          type="info"
          content={`${meta.org.name} · ${meta.year} · ${requirementText(meta.requirement, t)}`}
          action={
            meta.canSetRequirement && (
              <Button size="small" onClick={() => setEditing(true)}>
                {t('hours.requirement.edit')}
              </Button>
            )
          }
        />
      )}
      {list.status.error && <LoadError message={t('hours.load.failed', { message: list.status.error })} retryLabel={t('hours.load.retry')} onRetry={() => void list.load()} />}
      <Table
        rowKey="id"
        loading={list.status.loading}
        data={list.items}
        columns={columns}
        border={{ wrapper: true, cell: false }}
        noDataElement={<Empty description={t('hours.people.empty')} />}
        pagination={list.pagination((total) => t('hours.people.total', { total }))}
      />
      {editing && meta && <RequirementModal org={meta.org} client={client} t={t} onClose={() => setEditing(false)} onChanged={() => void list.load()} />}
    </Card>
  );
});
