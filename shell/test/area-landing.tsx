import type { ComponentType } from 'react';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ROLE_LABELS, type Locale } from '@casmooc/domain';
import type { AreaIntroText } from '@casmooc/ui';
import { shellState } from '../src/state/shell-state';
import { demoMe, fakeBackend } from './fake-backend';

/**
 * The tests every remote's landing page must pass: it renders inside the
 * shell's session and follows the shell's language.
 */
export function describeAreaLanding(RemoteRoutes: ComponentType, intro: Record<Locale, AreaIntroText>, username: Parameters<typeof demoMe>[0] = 'cnic_admin') {
  const me = demoMe(username);
  const viewer = (locale: Locale) => `${ROLE_LABELS[me.roles[0].role][locale]} · ${me.roles[0].orgName}`;
  describe(`landing page for ${username}`, () => {
    beforeAll(async () => {
      fakeBackend({ 'GET /api/me': () => ({ status: 200, body: me }) });
      await act(() => shellState().session.restore());
    });

    it('says in Chinese what the area will hold, for the signed-in user', () => {
      render(
        <MemoryRouter>
          <RemoteRoutes />
        </MemoryRouter>,
      );
      expect(screen.getByText(intro['zh-CN'].title)).toBeTruthy();
      expect(screen.getAllByRole('listitem')).toHaveLength(intro['zh-CN'].features.length);
      expect(screen.getByTestId('area-viewer').textContent).toBe(viewer('zh-CN'));
    });

    it('follows the shell’s switch to English', async () => {
      render(
        <MemoryRouter>
          <RemoteRoutes />
        </MemoryRouter>,
      );
      act(() => shellState().locale.setLocale('en-US'));
      expect(await screen.findByText(intro['en-US'].title)).toBeTruthy();
      expect(screen.getByTestId('area-viewer').textContent).toBe(viewer('en-US'));
      act(() => shellState().locale.setLocale('zh-CN'));
    });

    it('lists the same features in both languages', () => {
      expect(intro['en-US'].features).toHaveLength(intro['zh-CN'].features.length);
    });
  });
}
