import { z } from 'zod';
import { MANAGER_ROLES, XLSX_MIME } from '@casmooc/domain';
import { ApiRouter, orgScope } from '../http/api-router';
import { writeClassReport } from './report-sheet';
import type { ClassReportService } from './report-service';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const managers = { roles: MANAGER_ROLES };

/** 培训项目报表 (T-7): a class's report, and the same as a workbook. */
export function reportRoutes(reports: ClassReportService, classOrgPath: (id: number) => Promise<string | null>): ApiRouter {
  const trainingClass = orgScope(classOrgPath);
  return new ApiRouter()
    .get('/training/classes/:id/report', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      handle: ({ actor, params, locale }) => reports.report(actor, params.id, locale),
    })
    .get('/training/classes/:id/report.xlsx', {
      access: managers,
      params: idParams,
      scope: trainingClass,
      handle: async ({ actor, params, locale, res }) => {
        const report = await reports.report(actor, params.id, locale);
        res.attachment(`${report.class.name}-培训项目报表.xlsx`).type(XLSX_MIME);
        await writeClassReport(res, report, locale);
      },
    });
}
