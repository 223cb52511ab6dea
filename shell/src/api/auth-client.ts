import type { Locale, Me } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export interface AuthClient {
  me(): Promise<Me>;
  login(username: string, password: string): Promise<Me>;
  logout(): Promise<void>;
  savePreferences(preferences: { locale: Locale }): Promise<Me>;
}

export class HttpAuthClient implements AuthClient {
  constructor(private readonly http: HttpClient) {}

  me() {
    return this.http.get<Me>('/api/me');
  }
  login(username: string, password: string) {
    return this.http.post<Me>('/api/auth/login', { username, password });
  }
  logout() {
    return this.http.post<void>('/api/auth/logout');
  }
  savePreferences(preferences: { locale: Locale }) {
    return this.http.put<Me>('/api/me/preferences', preferences);
  }
}
