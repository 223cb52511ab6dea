import { headcountRows, type ClassReportDto, type Locale } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { HoursService } from '../hours/service';
import type { NoticeService } from '../notices/service';
import type { RegistrationRepository } from '../registration/repository';
import type { AttendanceRepository } from './attendance-repository';
import type { ClassService } from './class-service';

export interface ReportDeps {
  classes: ClassService;
  attendance: AttendanceRepository;
  registrations: RegistrationRepository;
  notices: NoticeService;
  hours: Pick<HoursService, 'classTotals'>;
  now?: () => Date;
}

/** 培训项目报表 (T-7): a class from plan to hours, for the managers of its org and above. */
export class ClassReportService {
  constructor(private readonly deps: ReportDeps) {}

  async report(actor: Actor, id: number, locale: Locale): Promise<ClassReportDto> {
    const c = await this.deps.classes.get(actor, id, locale);
    const [byPostType, registrations, notices, hours] = await Promise.all([
      this.deps.attendance.attendedByPostType(id),
      this.deps.registrations.counts(id),
      this.deps.notices.ofClass(id, locale),
      this.deps.hours.classTotals(id),
    ]);
    const rows = headcountRows({ research: c.researchCount, management: c.managementCount, support: c.supportCount, external: c.externalCount, staff: c.staffCount }, byPostType);
    return {
      class: { id: c.id, name: c.name, orgName: c.orgName, year: c.year, mode: c.mode, startAt: c.startAt, endAt: c.endAt, hours: c.hours, hoursCategory: c.hoursCategory, implementedAt: c.implementedAt, version: c.version },
      headcount: { planned: c.headcount, actual: c.attendance.attended, rows },
      registrations: { total: Object.values(registrations).reduce((sum, n) => sum + n, 0), byState: registrations },
      notices: notices.map((n) => ({ id: n.id, title: n.title, sentAt: n.sentAt, askAck: n.askAck, ...n.counts })),
      attendance: c.attendance,
      hours,
      budget: { plan: c.plan.budget, planned: c.budget, spent: c.spent },
      actions: { recordSpending: c.actions.recordSpending },
      generatedAt: (this.deps.now ?? (() => new Date()))().toISOString(),
    };
  }
}

