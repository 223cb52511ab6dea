/**
 * The sign-in page is a page of its own (a small bundle, not the portal):
 * the portal sends a signed-out visitor there, and the page sends them back,
 * each by a full navigation.
 */
export const SIGN_IN_PATH = '/login';

/** Where the portal sends a signed-out visitor: the sign-in page, told where they were going and whether their session had ended. */
export function signInUrl(from: string, expired = false): string {
  const query = new URLSearchParams();
  if (from && from !== '/') query.set('from', from);
  if (expired) query.set('expired', '1');
  const search = query.toString();
  return search ? `${SIGN_IN_PATH}?${search}` : SIGN_IN_PATH;
}

/** Where the sign-in page sends the visitor back: a path of this portal only (never another site, never the sign-in page itself). */
export function returnPath(search: string): string {
  const from = new URLSearchParams(search).get('from') ?? '/';
  return from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\') && !from.startsWith(SIGN_IN_PATH) ? from : '/';
}

/** Leaves this page for another of the portal (replacing it in the history, as a redirect does). */
export function leaveFor(url: string): void {
  window.location.replace(url);
}
