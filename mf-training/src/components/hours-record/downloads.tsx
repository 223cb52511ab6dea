import { Button, Tag } from '@arco-design/web-react';
import { IconDownload } from '@arco-design/web-react/icon';
import type { LedgerEntryDto } from '@casmooc/domain';
import { kib, useDownload } from '@casmooc/ui';
import type { HoursClient } from '../../api/hours-client';
import type { HoursT } from './locale';

/**
 * H-3: a record's PDFs — each class credit's 结业证书 and the year's annual
 * record — for the person (`staffId` null: the caller) or their managers;
 * and, for an external activity, the way to its evidence (H-1).
 */
export function useRecordDownloads(client: HoursClient, staffId: number | null, t: HoursT, openEvidence: (entry: LedgerEntryDto) => void) {
  const { run, status } = useDownload({
    done: t('hours.certificate.downloaded'),
    failed: (message) => t('hours.certificate.failed', { message }),
    progress: (p) => t('hours.certificate.downloading', { kib: kib(p.received) }),
  });
  const files = (entry: LedgerEntryDto) => {
    if (entry.source.type === 'external' && entry.kind === 'credit') {
      return (
        <Button type="text" size="mini" aria-label={`${t('hours.evidence.open', { count: entry.source.files.length })} ${entry.title}`} onClick={() => openEvidence(entry)}>
          {t('hours.evidence.open', { count: entry.source.files.length })}
        </Button>
      );
    }
    if (!entry.certificate) return null;
    if (entry.certificate.revoked) return <Tag>{t('hours.certificate.revoked')}</Tag>;
    const { id } = entry.certificate;
    return (
      <Button type="text" size="mini" icon={<IconDownload />} aria-label={`${t('hours.certificate.download')} ${entry.title}`} onClick={() => void run((onProgress) => client.certificate(id, onProgress))}>
        {t('hours.certificate.download')}
      </Button>
    );
  };
  const annualRecord = (year: number) =>
    status ?? (
      <Button icon={<IconDownload />} onClick={() => void run((onProgress) => client.annualRecord(year, staffId, onProgress))}>
        {t('hours.certificate.annual', { year })}
      </Button>
    );
  return { files, annualRecord };
}
