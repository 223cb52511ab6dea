/**
 * `shell/session`: the signed-in user, for every remote.
 * Read it inside `observer` components; it changes on sign-in and sign-out.
 */
import { ROLE_LABELS } from '@casmooc/domain';
import { shellState } from '../state/shell-state';
import type { SessionStore } from '../state/session-store';

export type { SessionStore };

export function useSession(): SessionStore {
  return shellState().session;
}

/** The user's first role and where they hold it, e.g. "院所管理员 · 计算机网络信息中心". */
export function useViewerLabel(): string {
  const { session, locale } = shellState();
  const grant = session.me?.roles[0];
  return grant ? `${ROLE_LABELS[grant.role][locale.locale]} · ${grant.orgName}` : '';
}
