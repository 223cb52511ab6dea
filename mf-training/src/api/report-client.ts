import type { ClassReportDto, TrainingClassDto } from '@casmooc/domain';
import type { DownloadProgress, HttpClient } from '@casmooc/ui';

export interface ReportClient {
  /** 培训项目报表 (T-7) of a class. */
  report(classId: number): Promise<ClassReportDto>;
  exportReport(classId: number, onProgress: (progress: DownloadProgress) => void): Promise<{ blob: Blob; filename: string }>;
  /** Every valid 结业证书 of the class, as one zip (H-3). */
  certificates(classId: number, onProgress: (progress: DownloadProgress) => void): Promise<{ blob: Blob; filename: string }>;
  /** 实际支出 (null clears it), based on the version the user saw. */
  recordSpending(classId: number, version: number, spent: number | null): Promise<TrainingClassDto>;
}

/** The class report over the BFF. */
export class HttpReportClient implements ReportClient {
  constructor(private readonly http: HttpClient) {}

  report(classId: number) {
    return this.http.get<ClassReportDto>(`/api/training/classes/${classId}/report`);
  }
  exportReport(classId: number, onProgress: (progress: DownloadProgress) => void) {
    return this.http.download(`/api/training/classes/${classId}/report.xlsx`, {}, onProgress);
  }
  certificates(classId: number, onProgress: (progress: DownloadProgress) => void) {
    return this.http.download(`/api/training/classes/${classId}/certificates.zip`, {}, onProgress);
  }
  recordSpending(classId: number, version: number, spent: number | null) {
    return this.http.put<TrainingClassDto>(`/api/training/classes/${classId}/spending`, { version, spent });
  }
}
