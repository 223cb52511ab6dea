import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Descriptions, Grid, Space, Tag, Typography } from '@arco-design/web-react';
import { ROLE_LABELS } from '@casmooc/domain';
import { useSession } from '../../exposed/session';
import { useLocale, useT } from '../../exposed/locale';
import { shellMessages } from '../../locale';
import { menuFor } from '../../routes';
import { homeMessages } from './locale';

export const HomePage = observer(function HomePage() {
  const session = useSession();
  const locale = useLocale();
  const t = useT(homeMessages);
  const ts = useT(shellMessages);
  const navigate = useNavigate();
  const me = session.me!;
  const areas = menuFor(session).filter((r) => r.remote);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card bordered={false}>
        <Typography.Title heading={5} style={{ marginTop: 0 }}>
          {t('home.greeting', { name: me.displayName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('home.intro')}
        </Typography.Paragraph>
      </Card>
      <Card bordered={false} title={t('home.roles')}>
        <Descriptions
          column={1}
          data={me.roles.map((grant) => ({
            label: <Tag color="arcoblue">{ROLE_LABELS[grant.role][locale]}</Tag>,
            value: grant.orgName,
          }))}
        />
      </Card>
      <Card bordered={false} title={t('home.areas')}>
        <Grid.Row gutter={[16, 16]}>
          {areas.map(({ key, path, icon: Icon, locale: label }) => (
            <Grid.Col key={key} xs={24} sm={12} lg={6}>
              <Card className="home__area" hoverable onClick={() => navigate(path)}>
                <Space direction="vertical">
                  <span className="home__area-icon">
                    <Icon />
                  </span>
                  <Typography.Text bold>{ts(label)}</Typography.Text>
                  <Button type="text" size="mini" style={{ padding: 0 }}>
                    {t('home.open')} →
                  </Button>
                </Space>
              </Card>
            </Grid.Col>
          ))}
        </Grid.Row>
      </Card>
    </Space>
  );
});
