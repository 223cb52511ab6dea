import { Card, List, Space, Tag, Typography } from '@arco-design/web-react';
import { IconCheckCircle } from '@arco-design/web-react/icon';

/** An area's introduction, in one language. */
export interface AreaIntroText {
  title: string;
  description: string;
  /** Label of the "being built" tag. */
  statusLabel: string;
  featuresTitle: string;
  features: readonly string[];
}

export interface AreaIntroProps {
  intro: AreaIntroText;
  /** Who is looking, e.g. "院所管理员 · 计算机网络信息中心". */
  viewer?: string;
}

/**
 * The landing page of an area whose features have not arrived yet: says
 * what the area will hold, and shows no made-up data.
 */
export function AreaIntro({ intro, viewer }: AreaIntroProps) {
  const { title, description, statusLabel, featuresTitle, features } = intro;
  return (
    <Card bordered={false}>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space align="center">
          <Typography.Title heading={5} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Tag color="arcoblue">{statusLabel}</Tag>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {description}
        </Typography.Paragraph>
        {viewer && (
          <Typography.Text type="secondary" data-testid="area-viewer">
            {viewer}
          </Typography.Text>
        )}
        <List
          header={featuresTitle}
          size="small"
          dataSource={[...features]}
          render={(feature) => (
            <List.Item key={feature}>
              <Space>
                <IconCheckCircle style={{ color: 'rgb(var(--arcoblue-6))' }} />
                {feature}
              </Space>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
