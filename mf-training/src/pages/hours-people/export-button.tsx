import { Button } from '@arco-design/web-react';
import { IconDownload } from '@arco-design/web-react/icon';
import { kib, useDownload } from '@casmooc/ui';
import type { HoursClient } from '../../api/hours-client';
import type { HoursT } from '../../components/hours-record/locale';
import type { ProgressFilters } from './search-form';

/** H-2: the list as filtered, every page of it, as a workbook laid out for print; the download's progress shows as it streams. */
export function ExportButton({ client, filters, t }: { client: HoursClient; filters: ProgressFilters; t: HoursT }) {
  const { run, status } = useDownload({
    done: t('hours.people.exported'),
    failed: (message) => t('hours.people.exportFailed', { message }),
    progress: (p) => t('hours.people.exporting', { rows: p.rows ?? '…', kib: kib(p.received) }),
  });
  return (
    status ?? (
      <Button icon={<IconDownload />} onClick={() => void run((onProgress) => client.exportProgress(filters, onProgress))}>
        {t('hours.people.export')}
      </Button>
    )
  );
}
