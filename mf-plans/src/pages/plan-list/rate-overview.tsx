import { useCallback, useEffect, useState } from 'react';
import { Breadcrumb, Card, Spin, Statistic, Typography } from '@arco-design/web-react';
import { PLAN_CATEGORY_LABELS, type Locale, type PlanCategory, type RateCounts, type RateOverview as Overview } from '@casmooc/domain';
import { useDomainEvents } from 'shell/socket';
import type { PlansClient } from '../../api/plans-client';
import { RateBars } from '../../components/rate-bars';
import type { PlanListKey } from './locale';

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** P-12: the rate of the user's subtree for a year, by org (drill-down) and category, live. */
export function RateOverviewCard({ client, year, t, locale }: { client: PlansClient; year: number; t: (key: PlanListKey, vars?: Record<string, string | number>) => string; locale: Locale }) {
  /** The drill-down so far: the root (the user's org) first; names are kept for the crumbs above the current one. */
  const [path, setPath] = useState<{ orgId?: number; name?: string }[]>([{}]);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [loading, setLoading] = useState(true);
  const current = path[path.length - 1];

  const load = useCallback(() => {
    client
      .rate(year, current.orgId)
      .then(setOverview, () => setOverview(null))
      .finally(() => setLoading(false));
  }, [client, year, current.orgId]);

  useEffect(() => {
    setLoading(true);
    load();
  }, [load]);
  // Any plan change below (a publish, an implement, a revoke) updates the rate at once.
  useDomainEvents(load, ['plan.']);

  const detail = (c: RateCounts) => t('rate.detail', { implemented: c.implemented, counted: c.published - c.revoked });
  return (
    <Card className="rate" bordered={false} title={t('rate.title', { year })} data-testid="rate-overview">
      <Spin loading={loading} block>
        {/* The layout stands while the figures load, its lists at their height: nothing below moves when they arrive. */}
        <div className="rate__layout">
          {overview ? (
            <>
              <div className="rate__summary">
                <Breadcrumb className="rate__path">
                  {path.map((step, i) => (
                    <Breadcrumb.Item key={step.orgId ?? 'root'} onClick={() => setPath(path.slice(0, i + 1))} style={{ cursor: i < path.length - 1 ? 'pointer' : 'default' }}>
                      {i === path.length - 1 ? overview.orgName : step.name}
                    </Breadcrumb.Item>
                  ))}
                </Breadcrumb>
                <Statistic title={t('rate.rate')} value={percent(overview.rate) ?? '—'} suffix={overview.rate === null ? '' : '%'} precision={overview.rate === null ? undefined : 1} data-testid="rate-value" />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {t('rate.counts', { published: overview.published, revoked: overview.revoked, implemented: overview.implemented })}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('rate.formula')}
                </Typography.Text>
              </div>
              <RateBars
                title={t('rate.byOrg')}
                empty={t('rate.none')}
                rows={overview.byOrg.map((o) => ({
                  key: o.orgId,
                  label: o.orgName,
                  value: percent(o.rate),
                  detail: detail(o),
                  onSelect: () => setPath([...path.slice(0, -1), { orgId: current.orgId, name: overview.orgName }, { orgId: o.orgId }]),
                }))}
              />
              <RateBars
                title={t('rate.byCategory')}
                empty={t('rate.none')}
                rows={overview.byCategory.map((c) => ({ key: c.category, label: PLAN_CATEGORY_LABELS[c.category as PlanCategory][locale], value: percent(c.rate), detail: detail(c) }))}
              />
            </>
          ) : (
            <>
              <div className="rate__summary" />
              <div className="rate__chart" />
              <div className="rate__chart" />
            </>
          )}
        </div>
      </Spin>
    </Card>
  );
}
