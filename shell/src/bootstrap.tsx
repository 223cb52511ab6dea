import { createRoot } from 'react-dom/client';
import { reaction } from 'mobx';
import '@arco-design/web-react/dist/css/arco.css';
import './theme.css';
import './styles.css';
import { MANAGER_ROLES } from '@casmooc/domain';
import { App } from './app';
import { shellState } from './state/shell-state';
import { followLocaleInDocument, syncLocaleOnSignIn } from './state/locale-store';
import { returnFocusAfterDialogs } from './state/focus-return';
import { localiseLibraryLabels } from './state/library-labels';
import { shellMessages } from './locale';

const { session, events, approvals, inbox, locale } = shellState();

// The socket lives exactly as long as the session.
reaction(
  () => session.status,
  (status) => (status === 'signed-in' ? events.start() : events.stop()),
);
// Only those who may decide have a queue to count.
reaction(
  () => session.status === 'signed-in' && session.hasRole(MANAGER_ROLES),
  (decides) => (decides ? approvals.start((listener) => events.subscribe(listener)) : approvals.stop()),
);
// Everyone signed in has an inbox.
reaction(
  () => session.status === 'signed-in',
  (signedIn) => (signedIn ? inbox.start((listener) => events.subscribe(listener)) : inbox.stop()),
);
reaction(
  () => session.me?.id,
  (signedIn) => {
    if (signedIn) void syncLocaleOnSignIn(locale, session.me!.locale, (p) => session.savePreferences(p)).catch(() => undefined);
  },
);
const libraryLabels = localiseLibraryLabels(() => locale.locale);
followLocaleInDocument(locale, () => libraryLabels.relabelAll());

returnFocusAfterDialogs();

const root = createRoot(document.getElementById('root')!);
session.restore().then(
  () => root.render(<App />),
  () => root.render(<p className="portal__boot-failed">{shellMessages[locale.locale]['boot.failed']}</p>),
);
