import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS, type ImportRow } from '@casmooc/domain';
import { ApiError } from '../http/api-error';

/** Header texts each column is known by, in the template and in sheets people make themselves. */
const HEADERS: Record<keyof Omit<ImportRow, 'row'>, string[]> = {
  name: ['姓名', 'name'],
  employeeNo: ['工号', '职工号', '人员编号', 'employee no', 'employee number'],
  phone: ['手机', '手机号', '手机号码', '电话', '联系电话', 'phone', 'mobile'],
  email: ['邮箱', '电子邮箱', '邮件', 'email', 'e-mail'],
};

/** The text a person sees in a cell; a formula is read as its text, never evaluated. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('formula' in value && value.formula) return `=${value.formula}`;
    if ('sharedFormula' in value && value.sharedFormula) return `=${value.sharedFormula}`;
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

function findHeader(sheet: ExcelJS.Worksheet): { rowNumber: number; columns: Partial<Record<keyof typeof HEADERS, number>> } | null {
  for (let rowNumber = 1; rowNumber <= Math.min(5, sheet.rowCount); rowNumber++) {
    const columns: Partial<Record<keyof typeof HEADERS, number>> = {};
    sheet.getRow(rowNumber).eachCell((cell, col) => {
      const text = cellText(cell.value).trim().toLowerCase().replace(/[\s*:：]/g, '');
      for (const [field, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
        if (names.some((n) => n.replace(/\s/g, '') === text)) columns[field] ??= col;
      }
    });
    if (columns.name && (columns.employeeNo || columns.phone || columns.email)) return { rowNumber, columns };
  }
  return null;
}

/**
 * Reads the first sheet of an uploaded workbook into rows. A file that is
 * not an .xlsx, is damaged, has no header, no rows or too many rows is
 * refused as a whole with a clear reason.
 */
export async function readImportSheet(file: Buffer): Promise<ImportRow[]> {
  if (file.length === 0) throw new ApiError(400, 'IMPORT_EMPTY');
  // An .xlsx is a zip archive: it starts with "PK".
  if (file[0] !== 0x50 || file[1] !== 0x4b) throw new ApiError(400, 'IMPORT_NOT_XLSX');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new ApiError(400, 'IMPORT_CORRUPT');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ApiError(400, 'IMPORT_NOT_XLSX');
  const header = findHeader(sheet);
  if (!header) throw new ApiError(400, sheet.actualRowCount === 0 ? 'IMPORT_EMPTY' : 'IMPORT_NO_HEADER');
  if (sheet.rowCount - header.rowNumber > MAX_IMPORT_ROWS + 100) throw new ApiError(400, 'IMPORT_TOO_MANY_ROWS');

  const rows: ImportRow[] = [];
  for (let rowNumber = header.rowNumber + 1; rowNumber <= sheet.rowCount; rowNumber++) {
    const row = sheet.getRow(rowNumber);
    const read = (field: keyof typeof HEADERS) => {
      const col = header.columns[field];
      return col ? cellText(row.getCell(col).value).trim() : '';
    };
    const values = { name: read('name'), employeeNo: read('employeeNo'), phone: read('phone').replace(/[\s-]/g, ''), email: read('email').toLowerCase() };
    if (!values.name && !values.employeeNo && !values.phone && !values.email) continue;
    rows.push({ row: rowNumber, ...values });
    if (rows.length > MAX_IMPORT_ROWS) throw new ApiError(400, 'IMPORT_TOO_MANY_ROWS');
  }
  if (rows.length === 0) throw new ApiError(400, 'IMPORT_EMPTY');
  return rows;
}
