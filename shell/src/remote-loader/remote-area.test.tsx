import { act, fireEvent, render, screen } from '@testing-library/react';
import { observable, runInAction } from 'mobx';
import { SHELL_CONTRACT, type RemoteRoutesModule } from '@casmooc/ui';
import { RemoteArea } from './remote-area';

const remoteModule = (render: () => JSX.Element, contractVersion: number = SHELL_CONTRACT.version): RemoteRoutesModule => ({ RemoteRoutes: render, contractVersion });

/** A registry that names version 0.1.0 and loads with `load`. */
const fakeRegistry = <L extends jest.Mock>(load: L) => ({ refresh: jest.fn(async () => undefined), versionOf: () => '0.1.0', load });

describe('RemoteArea', () => {
  it('shows a fallback with retry when the remote cannot load, and recovers on retry', async () => {
    const registry = fakeRegistry(jest.fn().mockRejectedValue(new Error('Failed to get manifest.')));
    render(
      <>
        <RemoteArea app="mf-templates" registry={registry} retryDelaysMs={[0, 0]} />
        <p>其他内容</p>
      </>,
    );
    expect(await screen.findByText('“计划模板”模块暂时无法加载')).toBeTruthy();
    expect(screen.getByText('其他内容')).toBeTruthy();
    expect(registry.load).toHaveBeenCalledTimes(3);

    registry.load.mockResolvedValue(remoteModule(() => <p>模板列表</p>));
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('模板列表')).toBeTruthy();
    expect(registry.refresh).toHaveBeenCalledTimes(1);
  });

  it('keeps a remote that throws while rendering inside its area', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error('render failed');
    };
    const registry = fakeRegistry(jest.fn(async () => remoteModule(Broken)));
    render(
      <>
        <RemoteArea app="mf-plans" registry={registry} retryDelaysMs={[]} />
        <p>菜单</p>
      </>,
    );
    expect(await screen.findByText('“培训计划”模块暂时无法加载')).toBeTruthy();
    expect(screen.getByText('菜单')).toBeTruthy();
    expect(screen.getByText('render failed')).toBeTruthy();

    registry.load.mockResolvedValue(remoteModule(() => <p>计划列表</p>));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重试' })));
    expect(await screen.findByText('计划列表')).toBeTruthy();
  });

  it('does not run a remote built for a shell contract it cannot serve, and says so; a rebuilt one loads on retry', async () => {
    const Routes = jest.fn(() => <p>班级列表</p>);
    const registry = fakeRegistry(jest.fn(async () => remoteModule(Routes, SHELL_CONTRACT.version + 1)));
    render(
      <>
        <RemoteArea app="mf-training" registry={registry} retryDelaysMs={[]} />
        <p>菜单</p>
      </>,
    );
    expect(await screen.findByText('“培训实施”模块需要更新后才能使用')).toBeTruthy();
    expect(screen.getByText(`该模块按门户接口第 ${SHELL_CONTRACT.version + 1} 版构建，当前门户支持第 ${SHELL_CONTRACT.oldestServed}–${SHELL_CONTRACT.version} 版。其他功能不受影响；请联系该模块的开发团队重新构建并发布。`)).toBeTruthy();
    expect(Routes).not.toHaveBeenCalled();
    expect(screen.getByText('菜单')).toBeTruthy();

    registry.load.mockResolvedValue(remoteModule(Routes));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重试' })));
    expect(await screen.findByText('班级列表')).toBeTruthy();
  });

  it('offers a release (or a rollback) made while it is open, and loads it only when asked, showing the version it runs', async () => {
    const registered = observable.box('1.0.0');
    const Routes = jest.fn(() => <input aria-label="模板名称" defaultValue="" />);
    const registry = {
      refresh: jest.fn(async () => undefined),
      versionOf: () => registered.get(),
      load: jest.fn(async () => ({ ...remoteModule(Routes), buildVersion: registered.get() })),
    };
    render(<RemoteArea app="mf-templates" registry={registry} retryDelaysMs={[]} />);
    fireEvent.change(await screen.findByLabelText('模板名称'), { target: { value: '填写中' } });
    expect(screen.getByText('计划模板 · 版本 1.0.0')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();

    act(() => runInAction(() => registered.set('2.0.0')));
    expect(screen.getByRole('status').textContent).toContain('“计划模板”已更新为 2.0.0 版');
    // Nothing reloads by itself: what is being typed stays.
    expect((screen.getByLabelText('模板名称') as HTMLInputElement).value).toBe('填写中');
    expect(registry.load).toHaveBeenCalledTimes(1);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '加载新版本' })));
    expect(await screen.findByText('计划模板 · 版本 2.0.0')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    expect(registry.load).toHaveBeenCalledTimes(2);
  });

  it('does not run a remote built with a newer federation runtime than the shell’s (the shell is upgraded first)', async () => {
    const Routes = jest.fn(() => <p>计划列表</p>);
    const registry = fakeRegistry(jest.fn(async () => ({ ...remoteModule(Routes), federationRuntime: '99.0.0' })));
    render(<RemoteArea app="mf-plans" registry={registry} retryDelaysMs={[]} />);
    expect(await screen.findByText('“培训计划”模块需要更新后才能使用')).toBeTruthy();
    expect(screen.getByText(`该模块按模块联邦运行时 99.0.0 构建，比当前门户的 ${process.env.MF_RUNTIME_VERSION} 新：需先升级门户。其他功能不受影响；请联系系统管理员。`)).toBeTruthy();
    expect(Routes).not.toHaveBeenCalled();
  });

  it('does not run a remote that takes an export of a package shared in part the shell does not provide (the shell is upgraded first)', async () => {
    const Routes = jest.fn(() => <p>计划列表</p>);
    const sharedImports = { '@arco-design/web-react': ['Button', 'Slider'], 'react-router-dom': ['Routes'] };
    const registry = fakeRegistry(jest.fn(async () => ({ ...remoteModule(Routes), sharedImports })));
    render(<RemoteArea app="mf-plans" registry={registry} retryDelaysMs={[]} />);
    expect(await screen.findByText('该模块用到当前门户尚未提供的共享组件（@arco-design/web-react: Slider）：需先升级门户。其他功能不受影响；请联系系统管理员。')).toBeTruthy();
    expect(Routes).not.toHaveBeenCalled();
  });

  it('runs a remote that takes only what the shell provides', async () => {
    const registry = fakeRegistry(jest.fn(async () => ({ ...remoteModule(() => <p>计划列表</p>), sharedImports: { '@arco-design/web-react': ['Button', 'Table'] } })));
    render(<RemoteArea app="mf-plans" registry={registry} retryDelaysMs={[]} />);
    expect(await screen.findByText('计划列表')).toBeTruthy();
  });
});
