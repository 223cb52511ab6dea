import { act, render, screen, waitFor } from '@testing-library/react';
import { demoMe, fakeBackend } from '../../test/fake-backend';
import { shellState } from '../state/shell-state';
import { SignInApp } from './sign-in-app';
import { leaveFor } from './sign-in-url';

// jsdom cannot navigate to another page: the full navigation back to the portal is watched instead.
jest.mock('./sign-in-url', () => ({ ...jest.requireActual('./sign-in-url'), leaveFor: jest.fn() }));

describe('the sign-in page as its own app', () => {
  afterEach(async () => {
    jest.mocked(leaveFor).mockClear();
    fakeBackend({ 'POST /api/auth/logout': () => ({ status: 204 }) });
    if (shellState().session.status === 'signed-in') await act(() => shellState().session.logout());
  });

  it('shows the form at once and, with a session still open, goes straight back where the visitor was going', async () => {
    fakeBackend({ 'GET /api/me': () => ({ status: 200, body: demoMe('staff') }) });
    window.history.pushState({}, '', '/login?from=%2Ftraining%2Fmine');
    render(<SignInApp />);
    expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
    await waitFor(() => expect(leaveFor).toHaveBeenCalledWith('/training/mine'));
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('without a session stays, and says so when the last one had ended', async () => {
    fakeBackend({ 'GET /api/me': () => ({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: '请先登录' } } }) });
    window.history.pushState({}, '', '/login?expired=1');
    render(<SignInApp />);
    expect(await screen.findByText('登录已过期，请重新登录')).toBeTruthy();
    await act(async () => undefined);
    expect(leaveFor).not.toHaveBeenCalled();
  });
});
