import { act, fireEvent, render, screen } from '@testing-library/react';
import { shellState } from '../state/shell-state';
import { demoMe, fakeBackend } from '../../test/fake-backend';
import { SignInPage } from './sign-in-page';
import { returnPath, signInUrl } from './sign-in-url';

describe('the sign-in page', () => {
  afterEach(() => act(() => shellState().locale.setLocale('zh-CN')));

  it('asks for both fields, naming each, without asking the server', async () => {
    const backend = fakeBackend({});
    const onSignedIn = jest.fn();
    render(<SignInPage expired={false} onSignedIn={onSignedIn} />);
    expect(document.title).toBe('登录 · 培训计划管理平台 · 中国科学院继续教育网');
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toEqual(['请输入用户名', '请输入密码']);
    expect(screen.getByLabelText('用户名').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('用户名'));
    expect(backend.calls).toEqual([]);
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows the server’s reason when sign-in fails, keeps the username and clears the password', async () => {
    fakeBackend({ 'POST /api/auth/login': () => ({ status: 401, body: { error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' } } }) });
    render(<SignInPage expired={false} onSignedIn={jest.fn()} />);
    fireEvent.change(screen.getByPlaceholderText('请输入用户名'), { target: { value: 'staff' } });
    fireEvent.change(screen.getByPlaceholderText('请输入密码'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: '登录' }));
    expect(await screen.findByText('用户名或密码错误')).toBeTruthy();
    expect((screen.getByPlaceholderText('请输入用户名') as HTMLInputElement).value).toBe('staff');
    expect((screen.getByPlaceholderText('请输入密码') as HTMLInputElement).value).toBe('');
  });

  it('signs in and goes on; says when the last session had ended; speaks English when chosen', async () => {
    fakeBackend({ 'POST /api/auth/login': () => ({ status: 200, body: demoMe('cnic_admin') }) });
    const onSignedIn = jest.fn();
    render(<SignInPage expired onSignedIn={onSignedIn} />);
    expect(screen.getByText('登录已过期，请重新登录')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '语言：简体中文' }), { target: { value: 'en-US' } });
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(localStorage.getItem('casmooc.locale')).toBe('en-US');
    fireEvent.change(screen.getByPlaceholderText('Enter your username'), { target: { value: 'cnic_admin' } });
    fireEvent.change(screen.getByPlaceholderText('Enter your password'), { target: { value: 'pw' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sign in' })));
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(shellState().session.status).toBe('signed-in');
  });
});

describe('going to the sign-in page and back', () => {
  it('names where the visitor was going, and whether their session had ended', () => {
    expect(signInUrl('/')).toBe('/login');
    expect(signInUrl('/plans?scope=own', true)).toBe('/login?from=%2Fplans%3Fscope%3Down&expired=1');
  });

  it('goes back only to a path of this portal', () => {
    expect(returnPath('?from=%2Fplans%3Fscope%3Down')).toBe('/plans?scope=own');
    for (const outside of ['?from=https://evil.example', '?from=//evil.example', '?from=/\\evil.example', '?from=/login', '', '?from=plans']) expect(returnPath(outside)).toBe('/');
  });
});
