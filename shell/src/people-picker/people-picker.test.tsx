import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DepartmentNode, StaffSummary } from '@casmooc/domain';
import { exampleStaff } from '@casmooc/domain/src/directory/testing';
import { shellState } from '../state/shell-state';
import { demoMe, fakeBackend } from '../../test/fake-backend';
import { PeoplePicker, type PeoplePickerModalProps } from './people-picker';

const person = (id: number, name: string, orgName = '党群办公室'): StaffSummary =>
  exampleStaff(id, { name, employeeNo: `100000${id}`, orgId: orgName === '党群办公室' ? 3 : 4, orgName });

const department = (id: number, name: string, totalCount: number, children: DepartmentNode[] = []): DepartmentNode => ({
  id,
  parentId: null,
  name,
  level: 1,
  path: `/${id}/`,
  staffCount: totalCount,
  totalCount,
  children,
});

const party = [person(1, '张伟'), person(2, '李娜'), person(3, '王芳')];
const media = [person(4, '孙健英', '新媒体技术与应用发展部')];

function backend(me: Parameters<typeof demoMe>[0] = 'cnic_admin') {
  return fakeBackend({
    'GET /api/me': () => ({ status: 200, body: demoMe(me) }),
    'GET /api/directory/departments': () => ({
      status: 200,
      body: [department(2, '计算机网络信息中心', 4, [department(3, '党群办公室', 3), department(4, '新媒体技术与应用发展部', 1)])],
    }),
    // The root is the department ticked in these tests: everyone is below it.
    'GET /api/directory/department-staff': () => ({ status: 200, body: [...party, ...media] }),
    'GET /api/directory/staff': () => ({ status: 200, body: { items: [party[0]], total: 1, page: 1, pageSize: 100 } }),
    'GET /api/address-book/groups': () => ({ status: 200, body: [{ id: 7, name: '骨干', memberCount: 1 }] }),
    'GET /api/address-book/groups/7/members': () => ({ status: 200, body: media }),
    'POST /api/directory/import': () => ({
      status: 200,
      body: {
        results: [
          { row: 2, input: { name: '李娜', employeeNo: '1000002', phone: '', email: '' }, outcome: 'matched', reason: 'matched_by_employee_no', staff: party[1] },
          { row: 3, input: { name: '赵六', employeeNo: 'X1', phone: '', email: '' }, outcome: 'unmatched', reason: 'employee_no_not_found' },
        ],
        counts: { matched: 1, unmatched: 1, ambiguous: 0, duplicate: 0, out_of_scope: 0, invalid: 0 },
      },
    }),
  });
}

async function openPicker(props: Partial<PeoplePickerModalProps> = {}) {
  const onChange = jest.fn();
  const onCancel = jest.fn();
  render(<PeoplePicker visible value={[]} onChange={onChange} onCancel={onCancel} {...props} />);
  await screen.findByText('计算机网络信息中心（4）');
  return { onChange, onCancel };
}

const count = () => screen.getByTestId('picker-count').textContent;

describe('PeoplePicker', () => {
  beforeAll(async () => {
    backend();
    await act(() => shellState().session.restore());
  });
  beforeEach(() => backend());

  it('ticking a department selects everyone in it and below it', async () => {
    const { onChange } = await openPicker();
    const tree = document.querySelector('.picker__tree')!;
    fireEvent.click(within(tree as HTMLElement).getAllByRole('checkbox', { hidden: true })[0]);
    await waitFor(() => expect(count()).toBe('已选 4 人'));
    fireEvent.click(screen.getByRole('button', { name: '确定（4）' }));
    expect(onChange.mock.calls[0][0].map((p: StaffSummary) => p.name)).toEqual(['张伟', '李娜', '王芳', '孙健英']);
  });

  it('never exceeds max and says how many were left out', async () => {
    await openPicker({ max: 2 });
    fireEvent.click(within(document.querySelector('.picker__tree') as HTMLElement).getAllByRole('checkbox', { hidden: true })[0]);
    await waitFor(() => expect(count()).toBe('已选 2 / 2 人'));
    expect(await screen.findByText('最多选择 2 人，另有 2 人未加入')).toBeTruthy();
  });

  it('searches the directory as the user types', async () => {
    const server = backend();
    await openPicker();
    fireEvent.change(screen.getByPlaceholderText('搜索姓名、拼音、工号、手机或邮箱'), { target: { value: 'zw' } });
    await waitFor(() => expect(server.calls).toContain('GET /api/directory/staff'));
  });

  it('picks from an address book group', async () => {
    const { onChange } = await openPicker();
    fireEvent.click(screen.getByText('从通讯录选择'));
    fireEvent.click(await screen.findByText('骨干'));
    fireEvent.click(await screen.findByText('全选（1 人）'));
    fireEvent.click(screen.getByRole('button', { name: '确定（1）' }));
    expect(onChange.mock.calls[0][0].map((p: StaffSummary) => p.name)).toEqual(['孙健英']);
  });

  it('shows each imported row with its result and adds only the matched ones', async () => {
    const { onChange } = await openPicker();
    fireEvent.click(screen.getByText('从Excel导入'));
    const input = document.querySelector('.picker__import input[type=file]') as HTMLInputElement;
    const file = new File([new Uint8Array([0x50, 0x4b])], 'people.xlsx');
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('工号不存在')).toBeTruthy();
    expect(screen.getByText('已匹配 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '添加 1 位已匹配人员' }));
    expect(await screen.findByText('已添加 1 人')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确定（1）' }));
    expect(onChange.mock.calls[0][0].map((p: StaffSummary) => p.name)).toEqual(['李娜']);
  });

  it.each(['people.xls', 'people.csv'])('tells the user what to do with %s instead of ignoring it', async (name) => {
    await openPicker();
    fireEvent.click(screen.getByText('从Excel导入'));
    const input = document.querySelector('.picker__import input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['姓名,工号'], name)] } });
    const message = `${name}: 请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）`;
    expect((await within(document.querySelector('.picker__import') as HTMLElement).findByText(message)).closest('[role=alert]')).toBeTruthy();
  });

  it('opens on the source asked for: 其他人员导入 starts at the sheet import; a single pick has none and starts at departments', async () => {
    const { unmount } = render(<PeoplePicker visible value={[]} onChange={jest.fn()} onCancel={jest.fn()} source="import" />);
    await waitFor(() => expect(document.querySelector('.picker__import input[type=file]')).toBeTruthy());
    unmount();
    await openPicker({ source: 'import', multiple: false });
    expect(screen.queryByText('从Excel导入')).toBeNull();
  });

  it('a cancel changes nothing', async () => {
    const { onChange, onCancel } = await openPicker({ value: [party[0]] });
    expect(count()).toBe('已选 1 人');
    fireEvent.click(screen.getByRole('button', { name: '移除 张伟' }));
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('offers staff no sheet import: it is a manager’s tool', async () => {
    backend('staff');
    await act(() => shellState().session.restore());
    try {
      await openPicker({ source: 'import' });
      expect(screen.queryByText('从Excel导入')).toBeNull();
      expect(screen.getByText('从部门选择')).toBeTruthy();
    } finally {
      backend();
      await act(() => shellState().session.restore());
    }
  });
});
