import { useState } from 'react';
import { Modal, Typography } from '@arco-design/web-react';
import type { AttachmentDto, LedgerEntryDto, Locale } from '@casmooc/domain';
import { AttachmentList } from '@casmooc/ui';
import type { HoursClient } from '../../api/hours-client';
import type { HoursT } from './locale';

/** H-1: an external activity's evidence: downloads for everyone who sees the record; added (never removed) by a manager where the rules allow. */
export function EvidenceModal({ entry, client, t, locale, onClose, onChanged }: { entry: LedgerEntryDto; client: HoursClient; t: HoursT; locale: Locale; onClose(): void; onChanged(files: AttachmentDto[]): void }) {
  const [items, setItems] = useState<AttachmentDto[]>(entry.source.type === 'external' ? entry.source.files : []);
  if (entry.source.type !== 'external') return null;
  const { evidence } = entry.source;
  const changed = (files: AttachmentDto[]) => {
    setItems(files);
    onChanged(files);
  };
  const edits = entry.actions.addEvidence.allowed ? { add: (file: File) => client.addEvidence(entry.id, file), onChange: changed } : undefined;
  return (
    <Modal visible title={t('hours.evidence.title', { title: entry.title })} onCancel={onClose} footer={null} style={{ width: 600 }}>
      <Typography.Paragraph>{t('hours.evidence', { evidence })}</Typography.Paragraph>
      {!entry.actions.addEvidence.allowed && <Typography.Paragraph type="secondary">{entry.actions.addEvidence.reason}</Typography.Paragraph>}
      <AttachmentList items={items} url={(id) => `/api/hours/entries/${entry.id}/evidence/${id}`} edits={edits} locale={locale} />
    </Modal>
  );
}
