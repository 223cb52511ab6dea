import { useState } from 'react';
import { Button, Dropdown, Menu, Message, Spin } from '@arco-design/web-react';
import { IconDownload } from '@arco-design/web-react/icon';
import type { DownloadProgress } from '@casmooc/ui';
import type { PlansClient } from '../../api/plans-client';
import type { PlanListKey } from './locale';

type T = (key: PlanListKey, vars?: Record<string, string | number>) => string;

const kib = (bytes: number) => (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0);

/** Saves a downloaded file under the name the server gave it. */
function save({ blob, filename }: { blob: Blob; filename: string }) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has surely taken the file: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 导出 (P-14): the annual plans of a year as the workbook the institute hands in; the download's progress shows as it streams. */
export function ExportButton({ client, years, t }: { client: PlansClient; years: number[]; t: T }) {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const run = async (year: number) => {
    setProgress({ received: 0, rows: null });
    try {
      save(await client.exportPlans(year, setProgress));
      Message.success(t('export.done'));
    } catch (e) {
      Message.error(t('export.failed', { message: (e as Error).message }));
    } finally {
      setProgress(null);
    }
  };
  if (progress) {
    return (
      <span className="plan-list__export-progress" role="status" data-testid="export-progress">
        <Spin size={14} />
        {progress.rows === null ? t('export.starting') : t('export.progress', { rows: progress.rows, kib: kib(progress.received) })}
      </span>
    );
  }
  return (
    <Dropdown
      trigger="click"
      droplist={
        <Menu onClickMenuItem={(key) => void run(Number(key))}>
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
