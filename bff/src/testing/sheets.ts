import ExcelJS from 'exceljs';

/** An .xlsx with a header row and the given rows, as a person would make it in Excel. */
export async function makeSheet(rows: ExcelJS.CellValue[][], header: string[] = ['姓名', '工号', '手机', '邮箱']): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  if (header.length) sheet.addRow(header);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
