import { implementationRate, type Org, type RateCounts, type RateOverview } from '@casmooc/domain';
import type { PlanRepository } from './repository';

type Counts = Omit<RateCounts, 'rate'>;
const empty = (): Counts => ({ published: 0, revoked: 0, implemented: 0 });
const add = (into: Counts, from: Counts) => {
  into.published += from.published;
  into.revoked += from.revoked;
  into.implemented += from.implemented;
};
const withRate = <T extends Counts>(c: T): T & RateCounts => ({ ...c, rate: implementationRate(c) });

/**
 * P-12 for one org's subtree and year: the whole, each child org's subtree
 * (the drill-down) and each category.
 */
export async function rateOverview(plans: PlanRepository, root: Org, children: readonly Org[], grandchildren: ReadonlySet<number>, year: number): Promise<RateOverview> {
  const rows = await plans.rateCounts(root.path, year);
  const total = empty();
  const byOrg = new Map(children.map((c) => [c.id, empty()]));
  const byCategory = new Map<string, Counts>();
  for (const row of rows) {
    add(total, row);
    const child = children.find((c) => row.orgPath.startsWith(c.path));
    if (child) add(byOrg.get(child.id)!, row);
    if (!byCategory.has(row.category)) byCategory.set(row.category, empty());
    add(byCategory.get(row.category)!, row);
  }
  return {
    ...withRate(total),
    year,
    orgId: root.id,
    orgName: root.name,
    byOrg: children.map((c) => withRate({ orgId: c.id, orgName: c.name, hasChildren: grandchildren.has(c.id), ...byOrg.get(c.id)! })),
    byCategory: [...byCategory].map(([category, counts]) => withRate({ category, ...counts })),
  };
}
