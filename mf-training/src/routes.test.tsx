import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { AttendeeDto, TrainingClassDto } from '@casmooc/domain';
import { shellState } from '../../shell/src/state/shell-state';
import { demoMe, fakeBackend } from '../../shell/test/fake-backend';
import { exampleAttendee } from '@casmooc/domain/src/training/testing';
import { describeAreaLanding } from '../../shell/test/area-landing';
import { staffTrainingIntro } from './pages/staff-landing/locale';
import { RemoteRoutes } from './routes';

const aClass: TrainingClassDto = {
  id: 7,
  planId: 41,
  orgId: 2,
  orgName: '计算机网络信息中心',
  name: '2026 网络安全意识培训',
  year: 2026,
  month: '2026-09',
  category: 'technical_short_course',
  hours: 8,
  days: 1,
  headcount: 60,
  organiser: '计算机网络信息中心',
  contactName: '孙健英',
  contactPhone: '010-58812028',
  createdAt: '2026-09-01T02:00:00Z',
  attendance: { added: 2, attended: 1, confirmed: 1 },
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
      'GET /api/training/classes': () => ({ status: 200, body: { items: [aClass], total: 1, page: 1, pageSize: 20 } }),
      'GET /api/training/classes/7': () => ({ status: 200, body: aClass }),
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
    fireEvent.click(within(row).getByRole('button', { name: '参会人员' }));
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

  it('says so when the class does not exist for the user, and leads back to the list', async () => {
    renderAt('/classes/99');
    expect(await screen.findByText('培训班不存在，或不在您的管理范围内')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '返回培训班列表' }));
    expect(await screen.findByText(aClass.name)).toBeTruthy();
  });
});

// Staff have no classes to manage: until registration arrives, the area says what it will hold for them.
describeAreaLanding(RemoteRoutes, staffTrainingIntro, 'staff');
