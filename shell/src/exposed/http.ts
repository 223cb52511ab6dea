/** `shell/http`: the BFF client, carrying the session's CSRF token and the user's language. */
import type { HttpClient } from '@casmooc/ui';
import { shellState } from '../state/shell-state';

export function useHttp(): HttpClient {
  return shellState().http;
}
