import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { academyTimeText, neutraliseCell, POST_TYPE_LABELS, type Locale, type ReceiptDto } from '@casmooc/domain';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['姓名', '工号', '部门', '岗位', '已发送', '阅读时间', '确认收到时间'],
  'en-US': ['Name', 'Staff number', 'Department', 'Post', 'Sent', 'Read at', 'Acknowledged at'],
};
const YES: Record<Locale, string> = { 'zh-CN': '是', 'en-US': 'Yes' };
const NO_ACCOUNT: Record<Locale, string> = { 'zh-CN': '是（无平台账号）', 'en-US': 'Yes (no portal account)' };

/** T-5: a notice's receipts as a workbook, one row per recipient, for printing or filing: A4 landscape, header repeated. */
export async function writeReceipts(out: Writable, title: string, receipts: readonly ReceiptDto[], locale: Locale): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('receipts', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  sheet.columns = [14, 14, 28, 10, 18, 20, 20].map((width) => ({ width }));
  const titleRow = sheet.addRow([neutraliseCell(title)]);
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, 7);
  titleRow.commit();
  const header = sheet.addRow(HEADERS[locale]);
  header.font = { bold: true };
  header.commit();
  for (const r of receipts) {
    sheet
      .addRow([
        neutraliseCell(r.person.name),
        neutraliseCell(r.person.employeeNo),
        neutraliseCell(r.person.orgName),
        POST_TYPE_LABELS[r.person.postType][locale],
        r.hasAccount ? YES[locale] : NO_ACCOUNT[locale],
        r.readAt ? academyTimeText(r.readAt) : '',
        r.acknowledgedAt ? academyTimeText(r.acknowledgedAt) : '',
      ])
      .commit();
  }
  await sheet.commit();
  await workbook.commit();
}
