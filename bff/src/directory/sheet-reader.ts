import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { MAX_IMPORT_ROWS, MAX_IMPORT_UNZIPPED_BYTES, type ImportRow } from '@casmooc/domain';
import { cellText, headerKey } from '@casmooc/db';
import { ApiError } from '../http/api-error';

/** Header texts each column is known by, in the template and in sheets people make themselves. */
const HEADERS: Record<keyof Omit<ImportRow, 'row'>, string[]> = {
  name: ['姓名', 'name'],
  employeeNo: ['工号', '职工号', '人员编号', 'employee no', 'employee number'],
  phone: ['手机', '手机号', '手机号码', '电话', '联系电话', 'phone', 'mobile'],
  email: ['邮箱', '电子邮箱', '邮件', 'email', 'e-mail'],
};
type Columns = Partial<Record<keyof typeof HEADERS, number>>;

/** The header must be among the first rows. */
const HEADER_ROWS = 5;

/** The columns of a header row, or null when the row is no header. */
function headerColumns(row: ExcelJS.Row): Columns | null {
  const columns: Columns = {};
  row.eachCell((cell, col) => {
    const text = headerKey(cell.value);
    for (const [field, names] of Object.entries(HEADERS) as [keyof typeof HEADERS, string[]][]) {
      if (names.some((n) => n.replace(/\s/g, '') === text)) columns[field] ??= col;
    }
  });
  return columns.name && (columns.employeeNo || columns.phone || columns.email) ? columns : null;
}

/**
 * What the archive says it unpacks to, read from its central directory
 * before anything is unpacked: a small file that expands to a huge sheet
 * (a "zip bomb") is refused here, in milliseconds.
 */
async function unzippedSize(file: Buffer): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(file, { lazyEntries: true }, (err, z) => (err ? reject(err) : resolve(z))));
  return new Promise((resolve, reject) => {
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      total += entry.uncompressedSize;
      zip.readEntry();
    });
    zip.on('end', () => resolve(total));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/**
 * Reads the first sheet of an uploaded workbook into rows, as a stream:
 * it stops at the row limit instead of loading the whole workbook. A file
 * that is not an .xlsx, is damaged, unpacks too large, has no header, no
 * rows or too many rows is refused as a whole with a clear reason.
 */
export async function readImportSheet(file: Buffer): Promise<ImportRow[]> {
  if (file.length === 0) throw new ApiError(400, 'IMPORT_EMPTY');
  // An .xlsx is a zip archive: it starts with "PK".
  if (file[0] !== 0x50 || file[1] !== 0x4b) throw new ApiError(400, 'IMPORT_NOT_XLSX');
  const size = await unzippedSize(file).catch(() => {
    throw new ApiError(400, 'IMPORT_CORRUPT');
  });
  if (size > MAX_IMPORT_UNZIPPED_BYTES) throw new ApiError(400, 'IMPORT_TOO_MANY_ROWS');

  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'ignore', worksheets: 'emit', entries: 'ignore' });
  try {
    for await (const sheet of workbook) return await readRows(sheet);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError(400, 'IMPORT_CORRUPT');
  }
  throw new ApiError(400, 'IMPORT_NOT_XLSX');
}

async function readRows(sheet: ExcelJS.stream.xlsx.WorksheetReader): Promise<ImportRow[]> {
  let header: Columns | null = null;
  // Rows of the sheet, blank ones included: a sheet of a million empty rows is still a million rows.
  let seen = 0;
  const rows: ImportRow[] = [];
  for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
    seen += 1;
    if (!header) {
      header = headerColumns(row);
      if (!header && row.number >= HEADER_ROWS) throw new ApiError(400, 'IMPORT_NO_HEADER');
      continue;
    }
    const read = (field: keyof typeof HEADERS) => {
      const col = header![field];
      return col ? cellText(row.getCell(col).value).trim() : '';
    };
    const values = { name: read('name'), employeeNo: read('employeeNo'), phone: read('phone').replace(/[\s-]/g, ''), email: read('email').toLowerCase() };
    if (!values.name && !values.employeeNo && !values.phone && !values.email) {
      if (seen > MAX_IMPORT_ROWS + 100) throw new ApiError(400, 'IMPORT_TOO_MANY_ROWS');
      continue;
    }
    rows.push({ row: row.number, ...values });
    if (rows.length > MAX_IMPORT_ROWS) throw new ApiError(400, 'IMPORT_TOO_MANY_ROWS');
  }
  if (!header) throw new ApiError(400, seen === 0 ? 'IMPORT_EMPTY' : 'IMPORT_NO_HEADER');
  if (rows.length === 0) throw new ApiError(400, 'IMPORT_EMPTY');
  return rows;
}
