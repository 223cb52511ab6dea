import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { ApprovalItemDto, PlanDto, SubmissionDiffDto, TimelineRoundDto } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { exampleClass } from '@casmooc/domain/src/training/testing';
import { shellState } from '../../shell/src/state/shell-state';
import { demoMe, fakeBackend } from '../../shell/test/fake-backend';
import { RemoteRoutes } from './routes';

const item: ApprovalItemDto = {
  subject: 'plan',
  subjectId: 41,
  roundId: 9,
  round: 2,
  version: 3,
  title: '2027 年度科学传播研修班',
  orgId: 5,
  orgName: '新媒体技术与应用发展部',
  instituteName: '计算机网络信息中心',
  year: 2027,
  kind: 'annual',
  when: '2027-05',
  contact: '孙健英',
  fundingLevel: 'funded',
  submittedAt: '2026-11-20T02:00:00Z',
  submitterName: '孙健英',
  state: 'pending',
  currentOrgId: 2,
  chain: [
    { orgId: 2, orgName: '计算机网络信息中心', state: 'pending' },
    { orgId: 1, orgName: '中国科学院', state: 'waiting' },
  ],
  decide: { allowed: true },
  fundingChoice: true,
};

const plan = { ...examplePlan({ name: item.title, fundingRequested: true, budget: 18000, materials: '<p>培训方案</p>' }), id: 41, orgName: item.orgName } as PlanDto;
const timeline: TimelineRoundDto[] = [
  {
    round: 1,
    submittedAt: '2026-11-10T02:00:00Z',
    submitterName: '孙健英',
    state: 'returned',
    chain: item.chain,
    decisions: [{ id: 1, step: 0, orgId: 2, orgName: '计算机网络信息中心', deciderId: 2, deciderName: '网络中心管理员', verdict: 'return', funding: null, comment: '请压缩预算', decidedAt: '2026-11-12T02:00:00Z' }],
  },
  { round: 2, submittedAt: item.submittedAt, submitterName: '孙健英', state: 'pending', chain: item.chain, decisions: [] },
];
const diff: SubmissionDiffDto = { round: 2, previousRound: 1, changes: [{ field: 'budget', before: 30000, after: 18000 }] };

describe('approval queue', () => {
  let posted: unknown[];

  beforeEach(async () => {
    posted = [];
    fakeBackend({
      'GET /api/me': () => ({ status: 200, body: demoMe('cnic_admin') }),
      'GET /api/approvals/pending': () => ({ status: 200, body: { items: [item], total: 1, page: 1, pageSize: 20 } }),
      'GET /api/approvals/pending/counts': () => ({
        status: 200,
        body: [
          { orgId: 2, orgName: '计算机网络信息中心', count: 1 },
          { orgId: 5, orgName: '新媒体技术与应用发展部', count: 1 },
        ],
      }),
      'GET /api/plans/41': () => ({ status: 200, body: plan }),
      'GET /api/approvals/plan/41/timeline': () => ({ status: 200, body: timeline }),
      'GET /api/approvals/plan/41/diff': () => ({ status: 200, body: diff }),
      'POST /api/approvals/plan/41/decision': (init) => {
        posted.push(JSON.parse(String(init.body)));
        return { status: 200, body: { ...item, state: 'pending', version: 4 } };
      },
    });
    await act(() => shellState().session.restore());
  });

  const open = async () => {
    render(
      <MemoryRouter>
        <RemoteRoutes />
      </MemoryRouter>,
    );
    const row = (await screen.findByText(item.title)).closest('tr')!;
    expect(within(row).getByText('第 2 次上报')).toBeTruthy();
    expect(within(row).getByTestId('approval-chain').textContent).toBe('计算机网络信息中心(已上报)中国科学院(待上报)');
    fireEvent.click(within(row).getByRole('button', { name: '审批' }));
    return screen.findByTestId('decision-drawer');
  };

  it('shows the org counts, and a submission with its diff, fields and history in the drawer', async () => {
    const drawer = await open();
    expect(screen.getByText('新媒体技术与应用发展部', { selector: '.approvals__org-name' })).toBeTruthy();
    expect(within(drawer).getByText('与退回版本相比的修改（第 1 次 → 第 2 次上报）')).toBeTruthy();
    expect(within(drawer).getByText('30,000', { selector: 'del' })).toBeTruthy();
    expect(within(drawer).getByText('18,000', { selector: 'ins' })).toBeTruthy();
    expect(within(drawer).getByText('计算机网络信息中心 · 网络中心管理员 · 驳回修改')).toBeTruthy();
    expect(within(drawer).getByText('请压缩预算')).toBeTruthy();
    expect(within(drawer).getByText('计算机网络信息中心意见')).toBeTruthy();
  });

  it('chooses no decision for the approver, asks the funding choice when approving a funding request, and a comment when returning (A-1, A-3)', async () => {
    const drawer = await open();
    expect(within(drawer).getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
    fireEvent.click(within(drawer).getByRole('button', { name: '提交' }));
    expect(await within(drawer).findByText('请选择审批结果')).toBeTruthy();

    fireEvent.click(within(drawer).getByText('审批通过'));
    fireEvent.click(within(drawer).getByRole('button', { name: '提交' }));
    expect(await within(drawer).findByText('请选择是否支持经费资助')).toBeTruthy();

    fireEvent.click(within(drawer).getByText('驳回修改'));
    expect(within(drawer).queryByText('同意支持并上报')).toBeNull();
    fireEvent.click(within(drawer).getByRole('button', { name: '提交' }));
    expect(await within(drawer).findByText('驳回修改或审批未通过时请填写意见')).toBeTruthy();
    expect(posted).toEqual([]);

    fireEvent.click(within(drawer).getByText('审批通过'));
    fireEvent.click(within(drawer).getByText('同意支持并上报'));
    fireEvent.change(within(drawer).getByPlaceholderText('请输入计算机网络信息中心意见'), { target: { value: '同意上报' } });
    fireEvent.click(within(drawer).getByRole('button', { name: '提交' }));
    await waitFor(() => expect(posted).toEqual([{ version: 3, verdict: 'approve', comment: '同意上报', funding: 'support' }]));
  });

  it('下级培训审批: a class’s deviation, with the redline between plan and class in the drawer (A-7)', async () => {
    const trainingClass = exampleClass({
      id: 52,
      name: '2026 科研数据管理研修班',
      headcount: 80,
      deviations: [{ field: 'headcount', plan: 60, class: 80, reason: { 'zh-CN': '调增', 'en-US': 'raised' } }],
      needsApproval: true,
      approval: 'pending',
    });
    const classItem: ApprovalItemDto = { ...item, subject: 'class', subjectId: 52, roundId: 77, round: 1, title: trainingClass.name, fundingLevel: 'normal', fundingChoice: false, kind: 'offline' };
    fakeBackend({
      'GET /api/me': () => ({ status: 200, body: demoMe('cnic_admin') }),
      'GET /api/approvals/pending': () => ({ status: 200, body: { items: [classItem], total: 1, page: 1, pageSize: 20 } }),
      'GET /api/approvals/pending/counts': () => ({ status: 200, body: [{ orgId: 2, orgName: '计算机网络信息中心', count: 1 }] }),
      'GET /api/training/classes/52': () => ({ status: 200, body: trainingClass }),
      'GET /api/approvals/class/52/timeline': () => ({ status: 200, body: [] }),
      'GET /api/approvals/class/52/diff': () => ({ status: 200, body: { round: 1, previousRound: null, changes: [] } }),
    });
    render(
      <MemoryRouter initialEntries={['/classes']}>
        <RemoteRoutes />
      </MemoryRouter>,
    );
    expect(await screen.findByText('下级培训审批')).toBeTruthy();
    const row = (await screen.findByText(classItem.title)).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '审批' }));
    const drawer = await screen.findByTestId('decision-drawer');
    expect(within(drawer).getByText('80', { selector: 'ins' })).toBeTruthy();
    expect(within(drawer).getByText('60', { selector: 'del' })).toBeTruthy();
    // A class's approval asks no funding choice (A-3 is about plans).
    expect(within(drawer).queryByText('同意支持并上报')).toBeNull();
  });
});
