import { useEffect, useState } from 'react';
import { Alert, Button, Message, Popconfirm, Space, Typography } from '@arco-design/web-react';
import { IconCalendar } from '@arco-design/web-react/icon';
import { academyTimeText } from '@casmooc/domain';
import type { RegistrationClient } from '../../api/registration-client';
import type { RegistrationKey } from './locale';

type T = (key: RegistrationKey, vars?: Record<string, string | number>) => string;

/**
 * 日历订阅: a private feed of the classes one is registered for or attends,
 * for a calendar app to subscribe to. Its URL holds a secret token and is
 * shown once, when the feed is turned on or renewed; renewing or turning it
 * off ends the old URL.
 */
export function CalendarFeed({ client, t }: { client: RegistrationClient; t: T }) {
  const [createdAt, setCreatedAt] = useState<string | null | undefined>(undefined);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => void client.calendarFeed().then((s) => setCreatedAt(s.createdAt), () => setCreatedAt(null)), [client]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      Message.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const renew = () =>
    run(async () => {
      const { path } = await client.renewCalendarFeed();
      setUrl(new URL(path, window.location.origin).toString());
      setCreatedAt(new Date().toISOString());
    });
  const revoke = () =>
    run(async () => {
      await client.revokeCalendarFeed();
      setUrl(null);
      setCreatedAt(null);
      Message.success(t('calendar.revoked'));
    });

  if (createdAt === undefined) return null;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%', marginBottom: 12 }} className="calendar-feed">
      <Space wrap>
        <IconCalendar />
        <Typography.Text>{createdAt ? t('calendar.on', { since: academyTimeText(createdAt) }) : t('calendar.off')}</Typography.Text>
        <Button size="small" loading={busy} onClick={() => void renew()}>
          {createdAt ? t('calendar.renew') : t('calendar.enable')}
        </Button>
        {createdAt && (
          <Popconfirm title={t('calendar.revokeConfirm')} onOk={() => revoke()}>
            <Button size="small" status="danger" loading={busy}>
              {t('calendar.revoke')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {url && (
        <Alert
          type="info"
          content={
            <Space direction="vertical" size={4}>
              <span>{t('calendar.url')}</span>
              <Typography.Text copyable code data-testid="calendar-url">
                {url}
              </Typography.Text>
            </Space>
          }
        />
      )}
    </Space>
  );
}
