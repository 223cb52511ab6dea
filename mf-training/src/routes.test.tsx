import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { AttendeeDto, TrainingClassDto } from '@casmooc/domain';
import { shellState } from '../../shell/src/state/shell-state';
import { demoMe, fakeBackend } from '../../shell/test/fake-backend';
import { exampleAttendee, exampleClass } from '@casmooc/domain/src/training/testing';
import { exampleOpenClass } from '@casmooc/domain/src/registration/testing';
import { RemoteRoutes } from './routes';

const aClass: TrainingClassDto = exampleClass();
/** Moved to the next quarter with more people than planned: it goes to the Academy for approval (T-2). */
const deviating: TrainingClassDto = exampleClass({
  id: 8,
  name: '2026 科研数据管理研修班',
  startAt: '2026-10-12 09:00',
  endAt: '2026-10-12 17:00',
  headcount: 80,
  deviations: [
    { field: 'quarter', plan: '2026-Q3', class: '2026-Q4', reason: { 'zh-CN': '跨季度', 'en-US': 'quarter' } },
    { field: 'headcount', plan: 60, class: 80, reason: { 'zh-CN': '调增', 'en-US': 'raised' } },
  ],
  needsApproval: true,
});
const waiting: TrainingClassDto = {
  ...deviating,
  approval: 'pending',
  chain: [{ orgId: 1, orgName: '中国科学院', state: 'pending' }],
  actions: {
    edit: { allowed: false, rule: 'T-2', reason: '培训正在审批中，审批结束前不能修改或实施 (T-2)' },
    implement: { allowed: false, rule: 'T-2', reason: '培训正在审批中，审批结束前不能修改或实施 (T-2)' },
    cancel: { allowed: true },
    recordSpending: { allowed: false, rule: 'T-7', reason: '培训实施后才能登记实际支出 (T-7)' },
  },
};

const attendee = (id: number, name: string, overrides: Partial<AttendeeDto> = {}) => exampleAttendee(id, { name, ...overrides });

describe('training classes', () => {
  let posted: Array<{ path: string; body: unknown }>;

  beforeEach(async () => {
    posted = [];
    const post = (path: string, answer: unknown) => (init: RequestInit) => {
      posted.push({ path, body: JSON.parse(String(init.body)) });
      return { status: 200, body: answer };
    };
    fakeBackend({
      'GET /api/me': () => ({ status: 200, body: demoMe('cnic_admin') }),
      'GET /api/orgs': () => ({ status: 200, body: [] }),
      'GET /api/training/classes': () => ({ status: 200, body: { items: [aClass], total: 1, page: 1, pageSize: 20 } }),
      'GET /api/training/classes/7': () => ({ status: 200, body: aClass }),
      'GET /api/training/classes/8': () => ({ status: 200, body: deviating }),
      'GET /api/approvals/class/7/timeline': () => ({ status: 404, body: { error: { code: 'NOT_FOUND', message: '请求的资源不存在' } } }),
      'GET /api/approvals/class/8/timeline': () => ({ status: 200, body: [] }),
      'GET /api/approvals/class/99/timeline': () => ({ status: 404, body: { error: { code: 'NOT_FOUND', message: '请求的资源不存在' } } }),
      'GET /api/training/classes/8/attendees': () => ({ status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } }),
      'POST /api/training/classes/8/implement': post('implement', waiting),
      'PUT /api/training/classes/8': (init) => {
        posted.push({ path: 'save', body: JSON.parse(String(init.body)) });
        return { status: 200, body: deviating };
      },
      'GET /api/training/classes/7/attendees': () => ({
        status: 200,
        body: { items: [attendee(1, '张伟', { attended: true, confirmedHours: 8 }), attendee(2, '李娜')], total: 2, page: 1, pageSize: 20 },
      }),
      'POST /api/training/classes/7/attendance': post('attendance', { attendance: { added: 2, attended: 2, confirmed: 1 } }),
      'POST /api/training/classes/7/confirm-hours': post('confirm', { confirmed: 1, already_confirmed: 0, not_attended: 0, not_added: 0, attendance: { added: 2, attended: 2, confirmed: 2 } }),
    });
    await act(() => shellState().session.restore());
  });

  const renderAt = (path: string) =>
    render(
      <MemoryRouter initialEntries={[path]}>
        <RemoteRoutes />
      </MemoryRouter>,
    );

  it('lists the classes with their attendance and opens one', async () => {
    renderAt('/');
    const row = (await screen.findByText(aClass.name)).closest('tr')!;
    expect(within(row).getByText('技术短期培训班', { exact: false })).toBeTruthy();
    expect(within(row).getByText('1 / 1')).toBeTruthy();
    fireEvent.click(within(row).getByRole('link', { name: '查看' }));
    expect(await screen.findByText('培训项目基本信息', { exact: false })).toBeTruthy();
  });

  it('shows the class, locks people with confirmed hours, ticks the selection and confirms its hours (T-6)', async () => {
    renderAt('/classes/7');
    expect(await screen.findByText('专项技术短期培训班')).toBeTruthy();
    expect(screen.getByTestId('attendance-counts').textContent).toBe('已添加 2 人 · 已参会 1 人 · 已确认学时 1 人');
    const locked = (await screen.findByText('张伟')).closest('tr')!;
    expect((within(locked).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);

    const open = screen.getByText('李娜').closest('tr')!;
    fireEvent.click(within(open).getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: '标记参会（1）' }));
    await waitFor(() => expect(posted).toEqual([{ path: 'attendance', body: { staffIds: [2], attended: true } }]));
    await waitFor(() => expect(screen.getByTestId('attendance-counts').textContent).toBe('已添加 2 人 · 已参会 2 人 · 已确认学时 1 人'));

    fireEvent.click(screen.getByRole('button', { name: '学时确认（全部已参会人员）' }));
    expect(await screen.findByText('为全部已参会且未确认的人员确认学时，每人 8 学时？确认后不能取消参会或移除。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(posted[1]).toEqual({ path: 'confirm', body: {} }));
    expect(await screen.findByText('已为 1 人确认学时')).toBeTruthy();
  });

  it('T-2: a class that deviates shows the redline and where it goes; 实施 submits it, and the page says why nothing more can be done while it waits', async () => {
    renderAt('/classes/8');
    const redline = await screen.findByTestId('deviation-redline');
    expect(within(redline).getByText('2026 年第三季度', { selector: 'del' })).toBeTruthy();
    expect(within(redline).getByText('2026 年第四季度', { selector: 'ins' })).toBeTruthy();
    expect(within(redline).getByText('80', { selector: 'ins' })).toBeTruthy();
    expect(screen.getByText('实施时将提交审批：中国科学院')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '实施（提交审批）' }));
    await waitFor(() => expect(posted).toEqual([{ path: 'implement', body: { version: 3 } }]));
    expect(await screen.findByText('培训较计划有调整，已提交中国科学院审批')).toBeTruthy();
    expect(screen.getByTestId('why-class.edit').textContent).toBe('编辑：培训正在审批中，审批结束前不能修改或实施 (T-2)');
    expect((screen.getByRole('button', { name: '实施（提交审批）' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('the class form redlines a change from the plan as it is typed, before 实施', async () => {
    renderAt('/classes/7/edit');
    const headcount = (await screen.findByLabelText('计划参加人数')) as HTMLInputElement;
    expect(screen.getByText('与计划一致：实施时无需审批')).toBeTruthy();
    fireEvent.change(headcount, { target: { value: '75' } });
    const redline = await screen.findByTestId('deviation-redline');
    expect(within(redline).getByText('75', { selector: 'ins' })).toBeTruthy();
    expect(screen.getByText('实施时将提交审批：中国科学院')).toBeTruthy();
    expect(screen.getByRole('button', { name: '实施（提交审批）' })).toBeTruthy();
  });

  it('says so when the class does not exist for the user, and leads back to the list', async () => {
    renderAt('/classes/99');
    expect(await screen.findByText('培训班不存在，或不在您的管理范围内')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '返回培训班列表' }));
    expect(await screen.findByText(aClass.name)).toBeTruthy();
  });
});

describe('staff: 可报名培训 (T-4)', () => {
  const full = exampleOpenClass({
    id: 9,
    name: '2026 年科研诚信讲座',
    seats: { capacity: 20, taken: 20, left: 0, waitlisted: 3, quotas: {} },
    mine: { state: null, waitPosition: null, reason: '', updatedAt: null, actions: { register: { allowed: false, rule: 'T-4', reason: '你的报名未通过审批，不能再次报名 (T-4)' }, withdraw: { allowed: false, rule: 'T-4', reason: '你没有报名该培训 (T-4)' } } },
  });
  let registered = false;

  beforeEach(async () => {
    registered = false;
    const open = () => (registered ? exampleOpenClass({ seats: { capacity: 30, taken: 30, left: 0, waitlisted: 0, quotas: {} }, mine: { state: 'registered', waitPosition: null, reason: '', updatedAt: null, actions: { register: { allowed: false, rule: 'T-4', reason: '你已报名该培训 (T-4)' }, withdraw: { allowed: true } } } }) : exampleOpenClass());
    fakeBackend({
      'GET /api/me': () => ({ status: 200, body: demoMe('staff') }),
      'GET /api/training/open': () => ({ status: 200, body: { items: [open(), full], total: 2, page: 1, pageSize: 20 } }),
      'GET /api/training/open/7': () => ({ status: 200, body: open() }),
      'POST /api/training/open/7/register': () => {
        registered = true;
        return { status: 200, body: { state: 'registered', seats: open().seats } };
      },
    });
    await act(() => shellState().session.restore());
  });

  it('lists the classes open to them with seats, registers, and writes out why a refused action is refused', async () => {
    render(
      <MemoryRouter initialEntries={['/']}>
        <RemoteRoutes />
      </MemoryRouter>,
    );
    const row = (await screen.findByText('2026 年保密知识培训')).closest('tr')!;
    expect(within(row).getByText('剩余 1 / 共 30')).toBeTruthy();
    const fullRow = screen.getByText('2026 年科研诚信讲座').closest('tr')!;
    expect(within(fullRow).getByText('候补 3 人')).toBeTruthy();
    expect((within(fullRow).getByRole('button', { name: '报名' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(fullRow).getByText('你的报名未通过审批，不能再次报名 (T-4)')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: '报名' }));
    expect(await screen.findByText('已报名“2026 年保密知识培训”')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByText('2026 年保密知识培训').closest('tr')!).getByText('已报名')).toBeTruthy());
    expect(within(screen.getByText('2026 年保密知识培训').closest('tr')!).getByRole('button', { name: '退出报名' })).toBeTruthy();
  });
});
