import { Button, Dropdown, Menu } from '@arco-design/web-react';
import { IconDownload } from '@arco-design/web-react/icon';
import { kib, useDownload } from '@casmooc/ui';
import type { PlansClient } from '../../api/plans-client';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

/** 导出 (P-14): the annual plans of a year as the workbook the institute hands in; the download's progress shows as it streams. */
export function ExportButton({ client, years, t }: { client: PlansClient; years: number[]; t: T }) {
  const { run, status } = useDownload({
    done: t('export.done'),
    failed: (message) => t('export.failed', { message }),
    progress: (p) => (p.rows === null ? t('export.starting') : t('export.progress', { rows: p.rows, kib: kib(p.received) })),
  });
  if (status) return status;
  return (
    <Dropdown
      trigger="click"
      droplist={
        <Menu onClickMenuItem={(key) => void run((onProgress) => client.exportPlans(Number(key), onProgress))}>
          {years.map((year) => (
            <Menu.Item key={String(year)}>{t('export.year', { year })}</Menu.Item>
          ))}
        </Menu>
      }
    >
      <Button icon={<IconDownload />}>{t('export.button')}</Button>
    </Dropdown>
  );
}
