import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { academyTimeText, HEADCOUNT_GROUP_LABELS, neutraliseCell, REGISTRATION_STATE_LABELS, REGISTRATION_STATES, TRAINING_MODE_LABELS, type ClassReportDto, type Locale } from '@casmooc/domain';

type Texts = Record<
  | 'title'
  | 'org'
  | 'time'
  | 'mode'
  | 'hoursPerPerson'
  | 'generated'
  | 'headcount'
  | 'group'
  | 'planned'
  | 'actual'
  | 'total'
  | 'notRecorded'
  | 'registrations'
  | 'state'
  | 'count'
  | 'notices'
  | 'notice'
  | 'sent'
  | 'read'
  | 'acknowledged'
  | 'attendance'
  | 'added'
  | 'attended'
  | 'confirmed'
  | 'hours'
  | 'people'
  | 'general'
  | 'professional'
  | 'budget'
  | 'planBudget'
  | 'classBudget'
  | 'spent'
  | 'notYet',
  string
>;

const TEXTS: Record<Locale, Texts> = {
  'zh-CN': {
    title: '培训项目报表',
    org: '主办机构',
    time: '培训时间',
    mode: '培训方式',
    hoursPerPerson: '每人学时',
    generated: '生成时间',
    headcount: '参训人数',
    group: '类别',
    planned: '计划',
    actual: '实际参会',
    total: '合计',
    notRecorded: '未登记',
    registrations: '报名情况',
    state: '状态',
    count: '人数',
    notices: '培训通知',
    notice: '通知',
    sent: '发送',
    read: '已读',
    acknowledged: '已确认',
    attendance: '参会与学时',
    added: '参会名单',
    attended: '已参会',
    confirmed: '已确认学时',
    hours: '记入学时档案',
    people: '人数',
    general: '公需科目学时',
    professional: '专业科目学时',
    budget: '经费（元）',
    planBudget: '计划经费',
    classBudget: '培训预算',
    spent: '实际支出',
    notYet: '尚未登记',
  },
  'en-US': {
    title: 'Class report',
    org: 'Organiser',
    time: 'Dates',
    mode: 'Mode',
    hoursPerPerson: 'Hours per person',
    generated: 'Generated',
    headcount: 'Participants',
    group: 'Group',
    planned: 'Planned',
    actual: 'Attended',
    total: 'Total',
    notRecorded: 'Not recorded',
    registrations: 'Registrations',
    state: 'State',
    count: 'People',
    notices: 'Notices',
    notice: 'Notice',
    sent: 'Sent',
    read: 'Read',
    acknowledged: 'Acknowledged',
    attendance: 'Attendance and hours',
    added: 'On the list',
    attended: 'Attended',
    confirmed: 'Hours confirmed',
    hours: 'Hours on the record',
    people: 'People',
    general: 'General hours',
    professional: 'Professional hours',
    budget: 'Budget (yuan)',
    planBudget: 'Plan',
    classBudget: 'Class budget',
    spent: 'Spent',
    notYet: 'Not recorded yet',
  },
};

/** T-7: a class's report as a workbook for filing and print: one sheet, its sections one under another, A4 portrait fitted to the width. */
export async function writeClassReport(out: Writable, r: ClassReportDto, locale: Locale): Promise<void> {
  const x = TEXTS[locale];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('report', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [28, 14, 14, 14, 14].map((width) => ({ width }));
  const row = (cells: ExcelJS.CellValue[], style?: Partial<ExcelJS.Font>) => {
    const added = sheet.addRow(cells.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
    if (style) added.font = style;
    added.commit();
  };
  const section = (title: string, header: string[]) => {
    row([]);
    row([title], { bold: true, size: 12 });
    row(header, { bold: true });
  };

  row([`${r.class.name} · ${x.title}`], { bold: true, size: 14 });
  row([x.org, r.class.orgName]);
  row([x.time, `${r.class.startAt} — ${r.class.endAt}`]);
  row([x.mode, TRAINING_MODE_LABELS[r.class.mode][locale]]);
  row([x.hoursPerPerson, r.class.hours]);
  row([x.generated, academyTimeText(r.generatedAt)]);

  section(x.headcount, [x.group, x.planned, x.actual]);
  for (const h of r.headcount.rows) row([HEADCOUNT_GROUP_LABELS[h.group][locale], h.planned, h.actual ?? x.notRecorded]);
  row([x.total, r.headcount.planned, r.headcount.actual], { bold: true });

  section(x.registrations, [x.state, x.count]);
  for (const state of REGISTRATION_STATES) row([REGISTRATION_STATE_LABELS[state][locale], r.registrations.byState[state]]);
  row([x.total, r.registrations.total], { bold: true });

  section(x.notices, [x.notice, x.sent, x.read, x.acknowledged]);
  for (const n of r.notices) row([n.title, n.sent, n.read, n.askAck ? n.acknowledged : '—']);

  section(x.attendance, [x.added, x.attended, x.confirmed]);
  row([r.attendance.added, r.attendance.attended, r.attendance.confirmed]);

  section(x.hours, [x.people, x.general, x.professional, x.total]);
  row([r.hours.people, r.hours.generalHours, r.hours.professionalHours, r.hours.totalHours]);

  section(x.budget, [x.planBudget, x.classBudget, x.spent]);
  row([r.budget.plan, r.budget.planned, r.budget.spent ?? x.notYet]);

  await sheet.commit();
  await workbook.commit();
}
