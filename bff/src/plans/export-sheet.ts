import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportColumn, ExportedPlan } from '@casmooc/domain';

export interface PlanExport {
  /** `计算机网络信息中心 2027 年度培训计划`. */
  title: string;
  columns: readonly ExportColumn[];
  totalLabel: string;
  /** The plans in export order, a page at a time. */
  pages: AsyncIterable<ExportedPlan[]>;
}

/**
 * P-14: writes the annual-plan workbook to a stream as the rows come from
 * the database, so a large export never sits whole in memory: the title,
 * the header, one row per plan and a totals row.
 */
export async function writePlanExport(out: Writable, { title, columns, totalLabel, pages }: PlanExport): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.alignment = { horizontal: 'center' };
  sheet.mergeCells(1, 1, 1, columns.length);
  titleRow.commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();

  const sums = new Map(columns.map((c, i) => [i, 0]));
  let count = 0;
  for await (const page of pages) {
    for (const plan of page) {
      const values = columns.map((c) => c.value(plan, count));
      columns.forEach((c, i) => c.sums && sums.set(i, sums.get(i)! + Number(values[i])));
      sheet.addRow(values).commit();
      count += 1;
    }
  }
  const totals = sheet.addRow(columns.map((c, i) => (i === 0 ? totalLabel : c.sums ? sums.get(i)! : i === 1 ? count : '')));
  totals.font = { bold: true };
  totals.commit();
  await sheet.commit();
  await workbook.commit();
  return count;
}
