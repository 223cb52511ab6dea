import type {
  AddedAttendees,
  AttendanceChange,
  AttendeeFilter,
  AttendeePage,
  ClassInput,
  ClassListQuery,
  ConfirmationSummary,
  OrgNode,
  TimelineRoundDto,
  TrainingClassDto,
  TrainingClassPage,
} from '@casmooc/domain';
import { isApiRequestError, type HttpClient } from '@casmooc/ui';

/** 培训班管理's filters as the API takes them, with the page. */
export type ClassQuery = Partial<Omit<ClassListQuery, 'page' | 'pageSize'>> & Pick<ClassListQuery, 'page' | 'pageSize'>;

export interface AttendeeQuery {
  show: AttendeeFilter;
  q?: string;
  page: number;
  pageSize: number;
}

export type Confirmation = ConfirmationSummary & AttendanceChange;

export interface TrainingClient {
  classes(query: ClassQuery): Promise<TrainingClassPage>;
  /** The orgs the user manages, as a tree (the list's org filter). */
  orgs(): Promise<OrgNode[]>;
  /** The class, or null when it does not exist for the caller (404). */
  get(id: number): Promise<TrainingClassDto | null>;
  /** 暂存: the class as the form has it, based on the version the user saw. */
  save(trainingClass: Pick<TrainingClassDto, 'id' | 'version'>, input: ClassInput): Promise<TrainingClassDto>;
  /** 实施: at once, or submitted to approval when it deviates from its plan (T-2). */
  implement(trainingClass: Pick<TrainingClassDto, 'id' | 'version'>): Promise<TrainingClassDto>;
  cancel(trainingClass: Pick<TrainingClassDto, 'id' | 'version'>): Promise<void>;
  /** each submission of the class's deviation and the decisions on it. */
  timeline(id: number): Promise<TimelineRoundDto[]>;
  attendees(id: number, query: AttendeeQuery): Promise<AttendeePage>;
  add(id: number, staffIds: readonly number[]): Promise<AddedAttendees>;
  setAttended(id: number, staffIds: readonly number[], attended: boolean): Promise<AttendanceChange>;
  remove(id: number, staffIds: readonly number[]): Promise<AttendanceChange>;
  /** 学时确认 for these people, or (none given) everyone ticked. */
  confirm(id: number, staffIds?: readonly number[]): Promise<Confirmation>;
}

/** 培训班管理, the class form and 实际参会人员 over the BFF's training API. */
export class HttpTrainingClient implements TrainingClient {
  constructor(private readonly http: HttpClient) {}

  classes(query: ClassQuery) {
    return this.http.get<TrainingClassPage>('/api/training/classes', { ...query });
  }
  orgs() {
    return this.http.get<OrgNode[]>('/api/orgs');
  }
  async get(id: number) {
    try {
      return await this.http.get<TrainingClassDto>(`/api/training/classes/${id}`);
    } catch (e) {
      if (isApiRequestError(e) && e.status === 404) return null;
      throw e;
    }
  }
  save({ id, version }: Pick<TrainingClassDto, 'id' | 'version'>, input: ClassInput) {
    return this.http.put<TrainingClassDto>(`/api/training/classes/${id}`, { version, class: input });
  }
  implement({ id, version }: Pick<TrainingClassDto, 'id' | 'version'>) {
    return this.http.post<TrainingClassDto>(`/api/training/classes/${id}/implement`, { version });
  }
  cancel({ id, version }: Pick<TrainingClassDto, 'id' | 'version'>) {
    return this.http.post<void>(`/api/training/classes/${id}/cancel`, { version });
  }
  async timeline(id: number) {
    try {
      return await this.http.get<TimelineRoundDto[]>(`/api/approvals/class/${id}/timeline`);
    } catch (e) {
      // A class that never went to approval has no rounds.
      if (isApiRequestError(e) && e.status === 404) return [];
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
