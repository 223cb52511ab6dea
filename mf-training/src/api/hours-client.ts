import type { AttachmentDto, ExternalEntryInput, HoursProgressPage, HoursRecordDto, HoursRequirement, RequirementAtOrgDto, ReversalInput } from '@casmooc/domain';
import type { DownloadProgress, HttpClient } from '@casmooc/ui';

/** 人员学时's filters as the API takes them. */
export interface ProgressQuery {
  orgId?: number;
  year?: number;
  q?: string;
  atRisk?: boolean;
  share?: number;
  by?: string;
  page: number;
  pageSize: number;
}

type Download = { blob: Blob; filename: string };

export interface HoursClient {
  /** 我的学时 of a year (the current one when none is given). */
  mine(year?: number): Promise<HoursRecordDto>;
  person(staffId: number, year?: number): Promise<HoursRecordDto>;
  progress(query: ProgressQuery): Promise<HoursProgressPage>;
  exportProgress(query: Omit<ProgressQuery, 'page' | 'pageSize'>, onProgress: (progress: DownloadProgress) => void): Promise<{ blob: Blob; filename: string }>;
  addExternal(staffId: number, entry: ExternalEntryInput): Promise<HoursRecordDto>;
  reverse(entryId: number, reversal: ReversalInput): Promise<HoursRecordDto>;
  /** Evidence added to an external activity's row (H-1). */
  addEvidence(entryId: number, file: File): Promise<AttachmentDto>;
  /** A class certificate's PDF (H-3). */
  certificate(certificateId: number, onProgress: (progress: DownloadProgress) => void): Promise<Download>;
  /** The annual record of a year as PDF: the caller's own, or a person's for their managers. */
  annualRecord(year: number, staffId: number | null, onProgress: (progress: DownloadProgress) => void): Promise<Download>;
  requirement(orgId: number): Promise<RequirementAtOrgDto>;
  setRequirement(orgId: number, requirement: HoursRequirement, version: number): Promise<RequirementAtOrgDto>;
  withdrawRequirement(orgId: number, version: number): Promise<RequirementAtOrgDto>;
}

/** The continuing-education record (学时档案, SPEC §3a) over the BFF. */
export class HttpHoursClient implements HoursClient {
  constructor(private readonly http: HttpClient) {}

  mine(year?: number) {
    return this.http.get<HoursRecordDto>('/api/hours/me', year ? { year } : {});
  }
  person(staffId: number, year?: number) {
    return this.http.get<HoursRecordDto>(`/api/hours/people/${staffId}`, year ? { year } : {});
  }
  progress(query: ProgressQuery) {
    return this.http.get<HoursProgressPage>('/api/hours/progress', { ...query });
  }
  exportProgress(query: Omit<ProgressQuery, 'page' | 'pageSize'>, onProgress: (progress: DownloadProgress) => void) {
    return this.http.download('/api/hours/progress.xlsx', { ...query }, onProgress);
  }
  addExternal(staffId: number, entry: ExternalEntryInput) {
    return this.http.post<HoursRecordDto>(`/api/hours/people/${staffId}/entries`, entry);
  }
  addEvidence(entryId: number, file: File) {
    return this.http.upload<AttachmentDto>(`/api/hours/entries/${entryId}/evidence?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
  }
  reverse(entryId: number, reversal: ReversalInput) {
    return this.http.post<HoursRecordDto>(`/api/hours/entries/${entryId}/reversal`, reversal);
  }
  certificate(certificateId: number, onProgress: (progress: DownloadProgress) => void) {
    return this.http.download(`/api/hours/certificates/${certificateId}/certificate.pdf`, {}, onProgress);
  }
  annualRecord(year: number, staffId: number | null, onProgress: (progress: DownloadProgress) => void) {
    return this.http.download(staffId === null ? '/api/hours/me/annual-record.pdf' : `/api/hours/people/${staffId}/annual-record.pdf`, { year }, onProgress);
  }
  requirement(orgId: number) {
    return this.http.get<RequirementAtOrgDto>(`/api/hours/requirements/${orgId}`);
  }
  setRequirement(orgId: number, requirement: HoursRequirement, version: number) {
    return this.http.put<RequirementAtOrgDto>(`/api/hours/requirements/${orgId}`, { ...requirement, version });
  }
  withdrawRequirement(orgId: number, version: number) {
    return this.http.delete<RequirementAtOrgDto>(`/api/hours/requirements/${orgId}?version=${version}`);
  }
}
