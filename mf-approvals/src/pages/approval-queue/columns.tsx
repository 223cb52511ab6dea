import { Space, Tag, Tooltip, Typography } from '@arco-design/web-react';
import type { TableColumnProps } from '@arco-design/web-react';
import { academyDateText, decisionLabel, FUNDING_LEVEL_LABELS, type ApprovalItemDto, type FundingLevel, type Locale } from '@casmooc/domain';
import { ApprovalChain, RuleButton } from '@casmooc/ui';
import type { QueueTab } from '../../api/approvals-client';
import type { TakenBy } from '../../stores/approval-queue-store';
import type { T } from './locale';

const FUNDING_COLORS: Record<FundingLevel, string> = { normal: 'gray', funded: 'orange', premium: 'magenta' };

export interface ColumnOptions {
  tab: QueueTab;
  t: T;
  locale: Locale;
  /** Rows decided by someone else, by round id. */
  taken: ReadonlyMap<number, TakenBy>;
  onOpen(item: ApprovalItemDto): void;
}

/** The manual's columns: 所属机构, 培训时间, 培训名称, 联系人, 审批情况, 操作; plus funding level and report date. */
export function getColumns({ tab, t, locale, taken, onOpen }: ColumnOptions): TableColumnProps<ApprovalItemDto>[] {
  const columns: TableColumnProps<ApprovalItemDto>[] = [
    {
      title: t('queue.columns.org'),
      width: 140,
      // A department is named with its institute: in the Academy's list, 综合处 alone could be anyone's.
      render: (_, item) =>
        item.instituteName ? (
          <Space size={0} direction="vertical">
            <Typography.Text>{item.instituteName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.orgName}
            </Typography.Text>
          </Space>
        ) : (
          item.orgName
        ),
    },
    { title: t('queue.columns.when'), dataIndex: 'when', width: 88 },
    {
      title: t('queue.columns.name'),
      render: (_, item) => (
        <Space size={2} direction="vertical">
          <Typography.Text bold>{item.title}</Typography.Text>
          <Space size="mini">
            <Tag size="small" color={FUNDING_COLORS[item.fundingLevel]}>
              {FUNDING_LEVEL_LABELS[item.fundingLevel][locale]}
            </Tag>
            {item.round > 1 && (
              <Tag size="small" color="purple">
                {t('queue.round', { round: item.round })}
              </Tag>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('queue.columns.submitted')} {academyDateText(item.submittedAt)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('queue.columns.contact'), dataIndex: 'contact', width: 80 },
    { title: t('queue.columns.chain'), width: 220, render: (_, item) => <ApprovalChain chain={item.chain} locale={locale} /> },
  ];
  if (tab === 'processed') {
    columns.push({
      title: t('queue.columns.mine'),
      width: 140,
      render: (_, item) =>
        item.myDecision && (
          <Tooltip content={item.myDecision.comment || undefined}>
            <span>{decisionLabel(item.myDecision)[locale]}</span>
          </Tooltip>
        ),
    });
  }
  columns.push({
    title: t('queue.columns.actions'),
    width: 88,
    fixed: 'right',
    render: (_, item) => {
      const by = taken.get(item.roundId);
      if (by) {
        return (
          <Tag color="orange" data-testid="taken">
            {t('queue.takenBy', { name: by.deciderName, org: by.levelOrgName, verdict: decisionLabel(by)[locale] })}
          </Tag>
        );
      }
      return tab === 'pending' ? (
        <RuleButton view={item.decide} label={t('queue.review')} onClick={() => onOpen(item)} />
      ) : (
        <RuleButton view={{ allowed: true }} label={t('queue.view')} onClick={() => onOpen(item)} />
      );
    },
  });
  return columns;
}
