import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Test } from 'supertest';

/** An .xlsx with a header row and the given rows, as a person would make it in Excel. */
export async function makeSheet(rows: ExcelJS.CellValue[][], header: string[] = ['姓名', '工号', '手机', '邮箱']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  if (header.length) sheet.addRow(header);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A supertest parser that keeps a download's bytes: `.buffer(true).parse(binary)`. */
export const binary: Parameters<Test['parse']>[0] = (res, done: (err: Error | null, body: Buffer) => void) => {
  // In Node the response superagent hands a parser is the incoming stream.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The first sheet of a downloaded workbook. */
export async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

/**
 * A small .xlsx whose one sheet unpacks to `rows` rows of `cellText` (a
 * "zip bomb" when rows are many): the sheet XML is written by hand and
 * deflated, as an attacker would.
 */
export async function inflatingSheet(rows: number, cellText = ''): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await makeSheet([['张三', 'T000001']]));
  // Every row the same bytes (one row number again and again), so it deflates to almost nothing.
  const body = `<row r="2">${cellText ? `<c r="A2" t="inlineStr"><is><t>${cellText}</t></is></c>` : ''}</row>`.repeat(rows);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>工号</t></is></c></row>${body}</sheetData></worksheet>`;
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
