import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Empty, List, Popover, Typography } from '@arco-design/web-react';
import { IconNotification } from '@arco-design/web-react/icon';
import { ACADEMY_TIME_ZONE, MANAGER_ROLES } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import { useLocale, useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { describeEvent, eventLink, isNotable } from './describe-event';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: ACADEMY_TIME_ZONE, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/**
 * The bell in the header: the latest events the socket brought (or the
 * catch-up after a reconnect). Others' events since the bell was last
 * opened count as unread; one's own never do.
 */
export const NotificationBell = observer(function NotificationBell() {
  const { events, session } = shellState();
  const t = useT(shellMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const [readUpTo, setReadUpTo] = useState(0);
  const [open, setOpen] = useState(false);
  const notable = events.recent.filter(isNotable);
  const unread = notable.filter((e) => e.id > readUpTo && e.actorId !== session.me?.id).length;
  const managesClasses = session.hasRole(MANAGER_ROLES);

  const onOpen = (visible: boolean) => {
    setOpen(visible);
    if (visible) setReadUpTo(Math.max(readUpTo, ...notable.map((e) => e.id)));
  };

  const list = notable.length ? (
    <List
      size="small"
      className="portal__bell-list"
      dataSource={notable}
      render={(event) => {
        const link = eventLink(event, managesClasses);
        return (
          <List.Item
            key={event.id}
            className={link ? 'portal__bell-item--link' : undefined}
            onClick={() => {
              if (!link) return;
              setOpen(false);
              navigate(link);
            }}
          >
            <div className="portal__bell-entry">
              <Typography.Text>{describeEvent(event, t, locale)}</Typography.Text>
              <Typography.Text type="secondary" className="portal__bell-time">
                {TIME.format(new Date(event.createdAt))}
              </Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  ) : (
    <Empty description={t('bell.empty')} />
  );

  return (
    <Popover trigger="click" position="br" title={t('bell.title')} content={list} popupVisible={open} onVisibleChange={onOpen}>
      <Button type="text" aria-label={unread > 0 ? t('bell.openUnread', { count: unread > 99 ? '99+' : unread }) : t('bell.open')} data-testid="bell" icon={<Badge count={unread} maxCount={99} dot={false} offset={[6, -4]}><IconNotification /></Badge>} />
    </Popover>
  );
});
