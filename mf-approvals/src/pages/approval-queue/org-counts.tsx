import { Badge, Card, Menu } from '@arco-design/web-react';
import type { OrgCountDto } from '@casmooc/domain';
import type { T } from './locale';

export interface OrgCountsProps {
  counts: readonly OrgCountDto[];
  selected: number | undefined;
  onSelect(orgId: number | undefined): void;
  t: T;
}

/** The manual's org list beside the queue: the caller's org, then each org below it, with what waits there. */
export function OrgCounts({ counts, selected, onSelect, t }: OrgCountsProps) {
  const [root, ...children] = counts;
  const label = (name: string, count: number) => (
    <span className="approvals__org">
      <span className="approvals__org-name" title={name}>
        {name}
      </span>
      {count > 0 && <Badge count={count} maxCount={999} />}
    </span>
  );
  return (
    <Card bordered={false} title={t('queue.orgs')} className="approvals__orgs" bodyStyle={{ padding: '4px 0' }}>
      <Menu selectedKeys={[String(selected ?? 'all')]} onClickMenuItem={(key) => onSelect(key === 'all' || key === String(root?.orgId) ? undefined : Number(key))}>
        <Menu.Item key="all">{label(root ? `${t('queue.allOrgs')} · ${root.orgName}` : t('queue.allOrgs'), root?.count ?? 0)}</Menu.Item>
        {children.map((org) => (
          <Menu.Item key={String(org.orgId)}>{label(org.orgName, org.count)}</Menu.Item>
        ))}
      </Menu>
    </Card>
  );
}
