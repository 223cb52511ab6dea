import { useEffect } from 'react';
import { observer } from 'mobx-react-lite';
import { shellState } from '../state/shell-state';
import { followLocaleInDocument } from '../state/locale-store';
import { SignInPage } from './sign-in-page';
import { leaveFor, returnPath } from './sign-in-url';

const goBack = () => leaveFor(returnPath(window.location.search));

/** The sign-in page as its own app: one already signed in goes straight back; signing in goes on to the portal. */
export const SignInApp = observer(function SignInApp() {
  const { locale, session } = shellState();
  const params = new URLSearchParams(window.location.search);

  useEffect(() => followLocaleInDocument(locale), [locale]);
  // The page is shown at once; whether a session is still open is asked meanwhile.
  useEffect(() => {
    session.restore().then(() => session.status === 'signed-in' && goBack(), () => undefined);
  }, [session]);

  return (
    // No ConfigProvider: none of Arco's own words show on this page, and it would bring Message, Notification and every locale.
    <SignInPage expired={params.get('expired') === '1'} onSignedIn={goBack} />
  );
});
