import { act, fireEvent, render, screen } from '@testing-library/react';
import type { RemoteRoutesModule } from '@casmooc/ui';
import { RemoteArea } from './remote-area';

const remoteModule = (render: () => JSX.Element): RemoteRoutesModule => ({ RemoteRoutes: render });

describe('RemoteArea', () => {
  it('shows a fallback with retry when the remote cannot load, and recovers on retry', async () => {
    const registry = {
      refresh: jest.fn(async () => undefined),
      load: jest.fn().mockRejectedValue(new Error('Failed to get manifest.')),
    };
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
    const registry = { refresh: jest.fn(async () => undefined), load: jest.fn(async () => remoteModule(Broken)) };
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
});
