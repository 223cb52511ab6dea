import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { neutraliseCell, POST_TYPE_LABELS, type HoursProgressPage, type Locale, type PersonProgressDto } from '@casmooc/domain';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['姓名', '工号', '部门', '岗位', '公需科目', '专业科目', '合计', '年度要求', '专业科目要求', '尚缺学时', '完成度', '预警'],
  'en-US': ['Name', 'Staff number', 'Department', 'Post', 'General', 'Professional', 'Total', 'Required', 'Professional required', 'Missing', 'Completion', 'At risk'],
};
const TITLE: Record<Locale, (p: HoursProgressPage) => string> = {
  'zh-CN': (p) => `${p.org.name} ${p.year} 年度继续教育学时（统计至 ${p.by}）`,
  'en-US': (p) => `${p.org.name}: continuing-education hours of ${p.year} (up to ${p.by})`,
};
const YES: Record<Locale, string> = { 'zh-CN': '是', 'en-US': 'Yes' };

/** H-2: a subtree's progress as a workbook, one row per person, for printing or filing: A4 landscape, header repeated. */
export async function writeProgress(out: Writable, page: HoursProgressPage, people: readonly PersonProgressDto[], locale: Locale): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('hours', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = [12, 12, 26, 8, 10, 10, 10, 10, 12, 10, 10, 8].map((width) => ({ width }));
  const titleRow = sheet.addRow([neutraliseCell(TITLE[locale](page))]);
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, HEADERS[locale].length);
  titleRow.commit();
  const header = sheet.addRow(HEADERS[locale]);
  header.font = { bold: true };
  header.commit();
  for (const p of people) {
    const row = sheet.addRow([
      neutraliseCell(p.name),
      neutraliseCell(p.employeeNo),
      neutraliseCell(p.orgName),
      POST_TYPE_LABELS[p.postType][locale],
      p.progress.generalHours,
      p.progress.professionalHours,
      p.progress.totalHours,
      p.progress.requiredHours,
      p.progress.requiredProfessionalHours,
      p.progress.missingHours,
      Math.min(p.progress.completion, 9.99),
      p.atRisk ? YES[locale] : '',
    ]);
    row.getCell(11).numFmt = '0%';
    row.commit();
  }
  await sheet.commit();
  await workbook.commit();
}
