import ExcelJS from 'exceljs';
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
