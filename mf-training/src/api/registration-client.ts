import type { DecisionOutcome, OpenClassPage, OpenClassWithMine, RegistrationDecision, RegistrationOutcome, RegistrationPage, RegistrationState } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

export interface RegistrationQuery {
  state?: RegistrationState;
  q?: string;
  page: number;
  pageSize: number;
}

export interface RegistrationClient {
  /** 可报名培训: the classes open to the caller now. */
  open(query: { q?: string; page: number; pageSize: number }): Promise<OpenClassPage>;
  /** 我的培训: every class the caller registered for. */
  mine(): Promise<OpenClassPage>;
  one(id: number): Promise<OpenClassWithMine>;
  register(id: number): Promise<RegistrationOutcome>;
  withdraw(id: number): Promise<RegistrationOutcome>;
  /** A class's registrations, for its managers. */
  registrations(classId: number, query: RegistrationQuery): Promise<RegistrationPage>;
  decide(classId: number, ids: readonly number[], decision: RegistrationDecision, reason?: string): Promise<DecisionOutcome>;
  calendarFeed(): Promise<{ enabled: boolean; createdAt: string | null }>;
  /** Turns the private calendar feed on or renews its token: the URL's path, shown this once. */
  renewCalendarFeed(): Promise<{ path: string }>;
  revokeCalendarFeed(): Promise<void>;
}

/** 报名 (T-4) over the BFF. */
export class HttpRegistrationClient implements RegistrationClient {
  constructor(private readonly http: HttpClient) {}

  open(query: { q?: string; page: number; pageSize: number }) {
    return this.http.get<OpenClassPage>('/api/training/open', { ...query });
  }
  mine() {
    return this.http.get<OpenClassPage>('/api/training/mine');
  }
  one(id: number) {
    return this.http.get<OpenClassWithMine>(`/api/training/open/${id}`);
  }
  register(id: number) {
    return this.http.post<RegistrationOutcome>(`/api/training/open/${id}/register`, {});
  }
  withdraw(id: number) {
    return this.http.post<RegistrationOutcome>(`/api/training/open/${id}/withdraw`, {});
  }
  registrations(classId: number, query: RegistrationQuery) {
    return this.http.get<RegistrationPage>(`/api/training/classes/${classId}/registrations`, { ...query });
  }
  decide(classId: number, ids: readonly number[], decision: RegistrationDecision, reason?: string) {
    return this.http.post<DecisionOutcome>(`/api/training/classes/${classId}/registrations/decide`, { ids, decision, ...(reason && { reason }) });
  }
  calendarFeed() {
    return this.http.get<{ enabled: boolean; createdAt: string | null }>('/api/me/calendar-feed');
  }
  renewCalendarFeed() {
    return this.http.post<{ path: string }>('/api/me/calendar-feed', {});
  }
  revokeCalendarFeed() {
    return this.http.delete<void>('/api/me/calendar-feed');
  }
}
