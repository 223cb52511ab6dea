import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from './app';
import { shellState } from './state/shell-state';
import { demoMe, fakeBackend } from '../test/fake-backend';
import { leaveFor } from './sign-in/sign-in-url';

// jsdom cannot navigate to another page: the full navigation to the sign-in page is watched instead.
jest.mock('./sign-in/sign-in-url', () => ({ ...jest.requireActual('./sign-in/sign-in-url'), leaveFor: jest.fn() }));

const unauthenticated = () => ({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } });

async function renderAt(path: string) {
  window.history.pushState({}, '', path);
  await act(() => shellState().session.restore());
  render(<App />);
}

afterEach(async () => {
  jest.mocked(leaveFor).mockClear();
  fakeBackend({ 'POST /api/auth/logout': () => ({ status: 204 }) });
  if (shellState().session.status === 'signed-in') await act(() => shellState().session.logout());
});

describe('shell', () => {
  it('sends a signed-out visitor to the sign-in page (a page of its own), saying where they were going', async () => {
    fakeBackend({ 'GET /api/me': unauthenticated });
    await renderAt('/plans?scope=own');
    await waitFor(() => expect(leaveFor).toHaveBeenCalledWith('/login?from=%2Fplans%3Fscope%3Down'));
  });

  it('at the sign-in address with a session open, goes on to where the visitor was going', async () => {
    fakeBackend({ 'GET /api/me': () => ({ status: 200, body: demoMe('staff') }) });
    await renderAt('/login?from=/contacts');
    await waitFor(() => expect(window.location.pathname).toBe('/contacts'));
    expect(await screen.findByText('唐安莉')).toBeTruthy();
    expect(leaveFor).not.toHaveBeenCalled();
  });

  it('at the sign-in address without a session (the sign-in page missing from the deployment), says so rather than loop', async () => {
    fakeBackend({ 'GET /api/me': unauthenticated });
    await renderAt('/login');
    expect(await screen.findByText('登录页暂时无法打开，请稍后刷新；若问题持续，请联系系统管理员。')).toBeTruthy();
    expect(leaveFor).not.toHaveBeenCalled();
  });

  it('builds the menu from the route table and the user’s roles', async () => {
    fakeBackend({ 'GET /api/me': () => ({ status: 200, body: demoMe('staff') }) });
    await renderAt('/');
    await screen.findByText('您好，唐安莉');
    const menu = document.querySelector('.arco-menu')!;
    // 培训实施 is a submenu of the staff's own pages (可报名培训, 我的培训).
    expect([...menu.querySelectorAll('.arco-menu-item, .arco-menu-inline-header, .arco-menu-pop-header')].map((item) => item.textContent)).toEqual(['首页', '培训实施', '通讯录']);
  });

  it('offers a skip link first, which moves focus to the page past the header and the menu', async () => {
    fakeBackend({ 'GET /api/me': () => ({ status: 200, body: demoMe('staff') }) });
    await renderAt('/');
    await screen.findByText('您好，唐安莉');
    const skip = screen.getByRole('link', { name: '跳到主要内容' });
    expect(document.querySelector('.portal a, .portal button')).toBe(skip);
    fireEvent.click(skip);
    expect(document.activeElement?.id).toBe('portal-main');
    expect(window.location.hash).toBe('');
  });

  it('refuses a route the role may not use, inside the layout', async () => {
    fakeBackend({ 'GET /api/me': () => ({ status: 200, body: demoMe('staff') }) });
    await renderAt('/approvals');
    expect(await screen.findByText('无权访问')).toBeTruthy();
    expect(screen.getByText('唐安莉')).toBeTruthy();
  });

  it('switches the whole UI to English', async () => {
    const backend = fakeBackend({
      'GET /api/me': () => ({ status: 200, body: demoMe('xmt_manager') }),
      'PUT /api/me/preferences': () => ({ status: 200, body: { ...demoMe('xmt_manager'), locale: 'en-US' } }),
    });
    await renderAt('/');
    await screen.findByText('您好，孙健英');
    fireEvent.click(screen.getByRole('combobox', { name: '语言：简体中文' }));
    fireEvent.click(await screen.findByRole('option', { name: 'English' }));
    await waitFor(() => expect(screen.getByText('Hello, 孙健英')).toBeTruthy());
    expect(document.title).toBe('Training plan portal · CAS Continuing Education');
    expect(screen.getAllByText('Training plans').length).toBeGreaterThan(0);
    expect(document.querySelector('.arco-menu')!.textContent).toContain('Approvals');
    expect(backend.calls).toContain('PUT /api/me/preferences');
    act(() => shellState().locale.setLocale('zh-CN'));
  });
});
