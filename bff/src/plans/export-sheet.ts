import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { EXPORT_PRINT, type ExportColumn, type ExportedPlan, type exportTexts } from '@casmooc/domain';

export interface PlanExport {
  texts: ReturnType<typeof exportTexts>;
  columns: readonly ExportColumn[];
  /** The plans in export order, a page at a time. */
  pages: AsyncIterable<ExportedPlan[]>;
}

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const BODY_FONT = { name: '宋体', size: 10 };
/** Points a wrapped line of BODY_FONT takes, and the most a row may be (Excel's limit). */
const LINE_HEIGHT = 13;
const MAX_ROW_HEIGHT = 409;

/** Columns a text takes in a cell of BODY_FONT: a CJK (or full-width) character takes two. */
const textWidth = (text: string) => [...text].reduce((width, ch) => width + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);

/**
 * The height a row needs for its wrapped cells. Neither Excel nor
 * LibreOffice grows a row to its wrapped text when it opens a file, so a
 * row without it prints cut off.
 */
function wrappedHeight(values: readonly ExcelJS.CellValue[], columns: readonly ExportColumn[]): number {
  const lines = values.map((value, i) => {
    const usable = Math.max(1, columns[i].width - 1);
    return String(value ?? '')
      .split('\n')
      .reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / usable)), 0);
  });
  return Math.min(MAX_ROW_HEIGHT, Math.max(...lines) * LINE_HEIGHT + 4);
}

/**
 * P-14: writes the annual-plan workbook to a stream as the rows come from
 * the database, so a large export never sits whole in memory. It prints as
 * the document an institute stamps: the title and institute on the first
 * page, the header row repeated on every page, every cell bordered and
 * wrapped in its column, a totals row that says what it totals, then room
 * for the seal and the date.
 */
export async function writePlanExport(out: Writable, { texts, columns, pages }: PlanExport): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const { headerRow, ...page } = EXPORT_PRINT;
  const sheet = workbook.addWorksheet(texts.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      ...page,
      fitToPage: true,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: texts.footer },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const last = columns.length;
  const line = (values: ExcelJS.CellValue[], style: (cell: ExcelJS.Cell, column: number) => void, height?: number) => {
    const row = sheet.addRow(values);
    if (height) row.height = height;
    for (let c = 1; c <= last; c++) style(row.getCell(c), c - 1);
    return row;
  };
  const across = (row: ExcelJS.Row, from: number, to: number) => sheet.mergeCells(row.number, from, row.number, to);

  const title = line([texts.title], (cell) => {
    cell.font = { ...BODY_FONT, bold: true, size: 18 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  }, 36);
  across(title, 1, last);
  title.commit();
  const subtitle = line([texts.subtitle], (cell) => {
    cell.font = BODY_FONT;
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
  }, 22);
  across(subtitle, 1, last);
  subtitle.commit();
  const headers = columns.map((c) => c.header);
  line(headers, (cell) => {
    cell.font = { ...BODY_FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = BORDER;
  }, wrappedHeight(headers, columns)).commit();

  const sums = new Map(columns.map((_, i) => [i, 0]));
  let count = 0;
  for await (const plans of pages) {
    for (const plan of plans) {
      const values = columns.map((c) => c.value(plan, count));
      columns.forEach((c, i) => c.sums && sums.set(i, sums.get(i)! + Number(values[i])));
      line(values, (cell, i) => {
        cell.font = BODY_FONT;
        cell.alignment = { vertical: 'top', wrapText: true, horizontal: typeof values[i] === 'number' ? 'right' : 'left' };
        cell.border = BORDER;
        if (columns[i].numFmt) cell.numFmt = columns[i].numFmt;
      }, wrappedHeight(values, columns)).commit();
      count += 1;
    }
  }
  const labelSpan = Math.max(1, columns.findIndex((c) => c.sums));
  const totals = line(
    columns.map((c, i) => (i === 0 ? texts.totals(count) : c.sums ? sums.get(i)! : '')),
    (cell, i) => {
      cell.font = { ...BODY_FONT, bold: true };
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: i === 0 ? 'center' : 'right' };
      cell.border = BORDER;
      if (columns[i].numFmt) cell.numFmt = columns[i].numFmt;
    },
    24,
  );
  across(totals, 1, labelSpan);
  totals.commit();

  sheet.addRow([]).commit();
  const half = Math.ceil(last / 2);
  const seal = line([texts.stamp, ...Array(half - 1).fill(''), texts.date], (cell) => {
    cell.font = { ...BODY_FONT, size: 12 };
    cell.alignment = { vertical: 'top' };
  }, 72);
  across(seal, 1, half);
  across(seal, half + 1, last);
  seal.commit();

  await sheet.commit();
  await workbook.commit();
  return count;
}
