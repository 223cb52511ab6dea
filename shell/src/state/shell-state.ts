import type { ApprovalPage } from '@casmooc/domain';
import { HttpClient } from '@casmooc/ui';
import { HttpAuthClient } from '../api/auth-client';
import { HttpDirectoryClient, type DirectoryClient } from '../api/directory-client';
import { EventStream } from './event-stream';
import { LocaleStore } from './locale-store';
import { LiveCount } from './live-count';
import { SessionStore } from './session-store';

export interface ShellState {
  session: SessionStore;
  locale: LocaleStore;
  events: EventStream;
  /** 待我审批 count for the menu badge. */
  approvals: LiveCount;
  /** Unread notices (培训通知) for the inbox in the header. */
  inbox: LiveCount;
  http: HttpClient;
  directory: DirectoryClient;
}

function createShellState(): ShellState {
  const locale = new LocaleStore(typeof localStorage === 'undefined' ? null : localStorage);
  const holder: { session?: SessionStore } = {};
  const http = new HttpClient({
    csrfToken: () => holder.session?.csrfToken,
    locale: () => locale.locale,
    onUnauthenticated: () => holder.session?.expire(),
  });
  const session = new SessionStore(new HttpAuthClient(http));
  holder.session = session;
  // A submission arrives, a decision moves one on.
  const approvals = new LiveCount(async () => (await http.get<ApprovalPage>('/api/approvals/pending', { pageSize: 1 })).total, /^[a-z]+\.(submitted|decided)$/);
  // A notice arrives or is reminded; one's own read lowers it.
  const inbox = new LiveCount(async () => (await http.get<{ unread: number }>('/api/inbox/unread')).unread, /^notice\.(sent|reminded|read|acknowledged)$/);
  return { session, locale, events: new EventStream(http), approvals, inbox, http, directory: new HttpDirectoryClient(http) };
}

const KEY = Symbol.for('casmooc.shell.state');

/**
 * The shell's state, once per page. The shell's exposed modules run twice:
 * in the shell's own bundle and in its remoteEntry container, which the
 * remotes load. Both copies must see the same session, locale and socket,
 * so the state lives on globalThis under a registered symbol, created by
 * whichever copy asks first (the shell's bootstrap).
 */
export function shellState(): ShellState {
  const global = globalThis as { [KEY]?: ShellState };
  return (global[KEY] ??= createShellState());
}
