import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { RateOverview } from '@casmooc/domain';
import { planListMessages } from './locale';
import type { PlansClient } from '../../api/plans-client';
import { RateOverviewCard } from './rate-overview';

const counts = (published: number, implemented: number) => ({ published, revoked: 0, implemented, rate: published ? implemented / published : null });
const academy: RateOverview = {
  year: 2026,
  orgId: 1,
  orgName: '中国科学院',
  ...counts(3, 1),
  byOrg: [
    { orgId: 2, orgName: '计算机网络信息中心', hasChildren: true, ...counts(3, 1) },
    { orgId: 3, orgName: '物理研究所', hasChildren: false, ...counts(0, 0) },
  ],
  byCategory: [{ category: 'management_training', ...counts(1, 1) }],
};
const cnic: RateOverview = { ...academy, orgId: 2, orgName: '计算机网络信息中心', byOrg: [], byCategory: [] };

const t = (key: keyof (typeof planListMessages)['zh-CN'], vars: Record<string, string | number> = {}) =>
  planListMessages['zh-CN'][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name]));

describe('the implementation-rate overview (P-12)', () => {
  it('lists each org’s rate as text beside its bar, and drills down from a row’s button (a native button: Tab and Enter reach it)', async () => {
    const rate = jest.fn(async (_year: number, orgId?: number) => (orgId === 2 ? cnic : academy));
    render(<RateOverviewCard client={{ rate } as unknown as PlansClient} year={2026} t={t} locale="zh-CN" />);

    const byOrg = await screen.findByRole('list', { name: '按机构（选择机构下钻）' });
    const rows = within(byOrg).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['计算机网络信息中心33.3%1 / 3 项', '物理研究所—0 / 0 项']);
    expect(within(screen.getByRole('list', { name: '按培训类别' })).getByRole('listitem').textContent).toBe('管理技能培训100%1 / 1 项');

    const cnicRow = within(byOrg).getByRole('button', { name: '计算机网络信息中心' });
    await act(async () => fireEvent.click(cnicRow));
    expect(rate).toHaveBeenLastCalledWith(2026, 2);
    expect(await screen.findAllByText('暂无已发布计划')).toHaveLength(2);
  });
});
