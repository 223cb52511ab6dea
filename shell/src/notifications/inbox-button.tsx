import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import { Badge, Button } from '@arco-design/web-react';
import { IconEmail } from '@arco-design/web-react/icon';
import { useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { shellState } from '../state/shell-state';

/** 培训通知 in the header: the unread count, live; opens the inbox. */
export const InboxButton = observer(function InboxButton() {
  const t = useT(shellMessages);
  const navigate = useNavigate();
  const unread = shellState().inbox.count;
  return (
    <Button
      type="text"
      data-testid="inbox"
      aria-label={unread > 0 ? t('inbox.openUnread', { count: unread > 99 ? '99+' : unread }) : t('inbox.open')}
      icon={
        <Badge count={unread} maxCount={99} dot={false} offset={[6, -4]}>
          <IconEmail />
        </Badge>
      }
      onClick={() => navigate('/training/inbox')}
    />
  );
});
