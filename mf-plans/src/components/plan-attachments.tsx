import { useEffect, useMemo, useState } from 'react';
import { Message } from '@arco-design/web-react';
import type { AttachmentDto, Locale } from '@casmooc/domain';
import { AttachmentList, type AttachmentEdits } from '@casmooc/ui';
import type { PlansClient } from '../api/plans-client';

/** A plan's attachments (P-9), loaded for the plan: uploaded and removed while it may be edited. */
export function PlanAttachments({ planId, editable, client, locale }: { planId: number; editable: boolean; client: PlansClient; locale: Locale }) {
  const [items, setItems] = useState<AttachmentDto[] | null>(null);
  const edits = useMemo<AttachmentEdits>(() => ({ add: (file) => client.attach(planId, file), remove: (id) => client.detach(planId, id), onChange: setItems }), [client, planId]);

  useEffect(() => {
    client.attachments(planId).then(setItems, (e: Error) => Message.error(e.message));
  }, [client, planId]);

  return <AttachmentList items={items} url={(id) => client.attachmentUrl(planId, id)} edits={editable ? edits : undefined} locale={locale} />;
}
