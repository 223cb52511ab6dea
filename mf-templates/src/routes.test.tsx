import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { TemplateDto } from '@casmooc/domain';
import { shellState } from '../../shell/src/state/shell-state';
import { demoMe, fakeBackend } from '../../shell/test/fake-backend';
import { RemoteRoutes } from './routes';

const allowed = { allowed: true } as const;
const readOnly = { allowed: false, rule: 'M-2', reason: '模板由计算机网络信息中心共享，只能查看和引用，不能修改 (M-2)' } as const;

const template = (overrides: Partial<TemplateDto>): TemplateDto => ({
  id: 1,
  orgId: 2,
  orgName: '计算机网络信息中心',
  creatorName: '网络中心管理员',
  version: 2,
  updatedAt: '2026-11-30 10:00:00',
  sharedBy: null,
  shares: [],
  actions: { edit: allowed, delete: allowed, share: allowed },
  name: '科研数据管理研修班',
  kind: 'project',
  category: 'technical_short_course',
  quarter: 3,
  hours: 16,
  days: 2,
  headcount: 60,
  budget: 30000,
  organiser: '计算机网络信息中心',
  location: 'local',
  address: '',
  contactName: '王老师',
  contactPhone: '010-58812000',
  materials: '',
  ...overrides,
});
const own = template({});
const shared = template({ id: 5, name: '网络安全培训', orgName: '中国科学院', sharedBy: '中国科学院', actions: { edit: readOnly, delete: readOnly, share: readOnly } });

describe('plan templates', () => {
  let posted: Array<{ path: string; body: unknown }>;

  beforeEach(async () => {
    posted = [];
    const write = (path: string, status: number, answer: unknown) => (init: RequestInit) => {
      posted.push({ path, body: JSON.parse(String(init.body)) });
      return { status, body: answer };
    };
    fakeBackend({
      'GET /api/me': () => ({ status: 200, body: demoMe('cnic_admin') }),
      'GET /api/orgs': () => ({ status: 200, body: [{ id: 2, name: '计算机网络信息中心', path: '/1/2/', parentId: 1, children: [] }] }),
      'GET /api/templates': () => ({ status: 200, body: { items: [own, shared], total: 2, page: 1, pageSize: 20 } }),
      'GET /api/templates/1': () => ({ status: 200, body: own }),
      'GET /api/templates/5': () => ({ status: 200, body: shared }),
      'POST /api/templates/batch-delete': write('delete', 200, { deleted: 1 }),
      'POST /api/templates': write('create', 400, { error: { code: 'VALIDATION', message: '请修正标出的字段', fields: { 'template.contactPhone': '电话号码格式不正确' } } }),
      'PUT /api/templates/1': write('update', 200, own),
    });
    await act(() => shellState().session.restore());
  });

  const renderAt = (path: string) =>
    render(
      <MemoryRouter initialEntries={[path]}>
        <RemoteRoutes />
      </MemoryRouter>,
    );

  it('lists own and shared templates; only its own can be chosen for 批量删除, which names how many and sends the versions seen', async () => {
    renderAt('/');
    const ownRow = (await screen.findByRole('link', { name: own.name })).closest('tr')!;
    const sharedRow = screen.getByRole('link', { name: shared.name }).closest('tr')!;
    expect(within(sharedRow).getByText('共享自中国科学院')).toBeTruthy();
    // Each box is named by its template (WCAG: a form control has a name).
    expect((screen.getByRole('checkbox', { name: shared.name }) as HTMLInputElement).disabled).toBe(true);
    expect(within(sharedRow).getByRole('button', { name: '查看' })).toBeTruthy();
    expect(within(ownRow).getByText('第3季度')).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: own.name }));
    fireEvent.click(screen.getByRole('button', { name: '批量删除（1）' }));
    expect(await screen.findByText('删除选中的 1 个模板？要么全部删除，要么一个也不删。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定' }));
    await waitFor(() => expect(posted).toEqual([{ path: 'delete', body: { items: [{ id: 1, version: 2 }] } }]));
    expect(await screen.findByText('已删除 1 个模板')).toBeTruthy();
  });

  it('全选 selects only the templates the user may delete', async () => {
    renderAt('/');
    await screen.findByRole('link', { name: own.name });
    fireEvent.click(screen.getByRole('checkbox', { name: '全选本页可删除的模板' }));
    expect(await screen.findByRole('button', { name: '批量删除（1）' })).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: own.name }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: shared.name }) as HTMLInputElement).checked).toBe(false);
  });

  it('a shared template opens read-only and says why (M-2)', async () => {
    renderAt('/5/edit');
    expect(await screen.findByText(`只能查看：${readOnly.reason}`)).toBeTruthy();
    expect((screen.getByLabelText('模板名称') as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
  });

  it('saves an edit at the version it was read at, blanks as nulls', async () => {
    renderAt('/1/edit');
    const hours = (await screen.findByLabelText('学时')) as HTMLInputElement;
    await waitFor(() => expect(hours.value).toBe('16.0'));
    fireEvent.change(hours, { target: { value: '' } });
    fireEvent.blur(hours);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    const { version, template: sent } = posted[0].body as { version: number; template: TemplateDto };
    expect(version).toBe(2);
    expect(sent).toMatchObject({ name: own.name, hours: null, days: 2, quarter: 3 });
  });

  it('新建模板 needs a name and a category, and puts the server’s field errors on their fields', async () => {
    renderAt('/new');
    fireEvent.click(await screen.findByRole('button', { name: '保存' }));
    expect(await screen.findByText('请填写模板名称')).toBeTruthy();
    expect(screen.getByText('请填写培训类别')).toBeTruthy();
    expect(posted).toEqual([]);
  });
});
