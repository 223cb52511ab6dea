import type {
  AddedAttendees,
  AttendanceChange,
  AttendeeFilter,
  AttendeePage,
  ConfirmationSummary,
  TrainingClassDto,
  TrainingClassPage,
} from '@casmooc/domain';
import { isApiRequestError, type HttpClient } from '@casmooc/ui';

export interface ClassQuery {
  year?: number;
  name?: string;
  page: number;
  pageSize: number;
}

export interface AttendeeQuery {
  show: AttendeeFilter;
  q?: string;
  page: number;
  pageSize: number;
}

export type Confirmation = ConfirmationSummary & AttendanceChange;

export interface TrainingClient {
  classes(query: ClassQuery): Promise<TrainingClassPage>;
  /** The class, or null when it does not exist for the caller (404). */
  get(id: number): Promise<TrainingClassDto | null>;
  attendees(id: number, query: AttendeeQuery): Promise<AttendeePage>;
  add(id: number, staffIds: readonly number[]): Promise<AddedAttendees>;
  setAttended(id: number, staffIds: readonly number[], attended: boolean): Promise<AttendanceChange>;
  remove(id: number, staffIds: readonly number[]): Promise<AttendanceChange>;
  /** 学时确认 for these people, or (none given) everyone ticked. */
  confirm(id: number, staffIds?: readonly number[]): Promise<Confirmation>;
}

/** 培训班管理 and 实际参会人员 over the BFF's training API. */
export class HttpTrainingClient implements TrainingClient {
  constructor(private readonly http: HttpClient) {}

  classes(query: ClassQuery) {
    return this.http.get<TrainingClassPage>('/api/training/classes', { ...query });
  }
  async get(id: number) {
    try {
      return await this.http.get<TrainingClassDto>(`/api/training/classes/${id}`);
    } catch (e) {
      if (isApiRequestError(e) && e.status === 404) return null;
      throw e;
    }
  }
  attendees(id: number, query: AttendeeQuery) {
    return this.http.get<AttendeePage>(`/api/training/classes/${id}/attendees`, { ...query });
  }
  add(id: number, staffIds: readonly number[]) {
    return this.http.post<AddedAttendees>(`/api/training/classes/${id}/attendees`, { staffIds });
  }
  setAttended(id: number, staffIds: readonly number[], attended: boolean) {
    return this.http.post<AttendanceChange>(`/api/training/classes/${id}/attendance`, { staffIds, attended });
  }
  remove(id: number, staffIds: readonly number[]) {
    return this.http.post<AttendanceChange>(`/api/training/classes/${id}/attendees/remove`, { staffIds });
  }
  confirm(id: number, staffIds?: readonly number[]) {
    return this.http.post<Confirmation>(`/api/training/classes/${id}/confirm-hours`, staffIds ? { staffIds } : {});
  }
}
