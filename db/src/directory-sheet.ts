import ExcelJS from 'exceljs';
import { directoryStaffSchema, orgPathSchema, type DirectoryProblem, type DirectoryStaff } from '@casmooc/domain';
import { cellText, headerKey } from './sheet-cells';

/** The two sheets, by the names they may have. */
export const ORG_SHEET = '机构';
export const STAFF_SHEET = '人员';
const SHEET_NAMES = { [ORG_SHEET]: ['机构', 'orgs', 'org'], [STAFF_SHEET]: ['人员', 'staff'] };

/** Header texts each column is known by. */
const ORG_HEADERS = { org: ['机构', '机构路径', 'org', 'path'] };
const STAFF_HEADERS = {
  employeeNo: ['工号', '职工号', '人员编号', 'employeeno'],
  name: ['姓名', 'name'],
  org: ['机构', '部门', '所在机构', 'org'],
  postType: ['岗位类型', '岗位', 'posttype'],
  phone: ['手机', '手机号', '手机号码', '电话', 'phone', 'mobile'],
  email: ['邮箱', '电子邮箱', 'email', 'e-mail'],
};

export interface DirectorySheet {
  /** Each org of sheet 机构 as its names from the root. */
  orgs: Array<{ row: number; names: string[] }>;
  staff: Array<{ row: number; person: DirectoryStaff }>;
  problems: DirectoryProblem[];
}

type Columns<K extends string> = Record<K, number>;

/** The columns of the header row (the first), or the headers missing from it. */
function columnsOf<K extends string>(sheet: ExcelJS.Worksheet, headers: Record<K, string[]>, required: readonly NoInfer<K>[]): Partial<Columns<K>> | string[] {
  const columns = {} as Partial<Columns<K>>;
  sheet.getRow(1).eachCell((cell, col) => {
    const key = headerKey(cell.value);
    for (const [field, names] of Object.entries(headers) as [K, string[]][]) if (names.includes(key)) columns[field] ??= col;
  });
  const missing = required.filter((field) => !columns[field]).map((field) => headers[field][0]);
  return missing.length ? missing : columns;
}

function findSheet(workbook: ExcelJS.Workbook, name: keyof typeof SHEET_NAMES): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => SHEET_NAMES[name].includes(sheet.name.trim().toLowerCase()));
}

/** Data rows (after the header), blank ones skipped, each with a reader of its cells by column. */
function* dataRows<K extends string>(sheet: ExcelJS.Worksheet, columns: Partial<Columns<K>>): Generator<{ row: number; read: (field: K) => string }> {
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const read = (field: K) => (columns[field] ? cellText(row.getCell(columns[field]!).value).trim() : '');
    if (Object.keys(columns).every((field) => !read(field as K))) continue;
    yield { row: number, read };
  }
}

/**
 * Reads an operator's workbook of the org tree (sheet 机构) and the staff
 * (sheet 人员); either may be left out. Every row that cannot be imported
 * is a problem with its sheet, row and reason; nothing is dropped quietly.
 */
export async function readDirectorySheet(file: Buffer): Promise<DirectorySheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return { orgs: [], staff: [], problems: [{ sheet: '', row: 0, message: '文件不是可读的 .xlsx 工作簿' }] };
  }
  const result: DirectorySheet = { orgs: [], staff: [], problems: [] };
  const orgSheet = findSheet(workbook, ORG_SHEET);
  const staffSheet = findSheet(workbook, STAFF_SHEET);
  if (!orgSheet && !staffSheet) result.problems.push({ sheet: '', row: 0, message: `工作簿中没有名为“${ORG_SHEET}”或“${STAFF_SHEET}”的工作表` });

  if (orgSheet) {
    const columns = columnsOf(orgSheet, ORG_HEADERS, ['org']);
    if (Array.isArray(columns)) result.problems.push({ sheet: ORG_SHEET, row: 1, message: `第一行缺少列：${columns.join('、')}` });
    else
      for (const { row, read } of dataRows(orgSheet, columns)) {
        const parsed = orgPathSchema.safeParse(read('org'));
        if (parsed.success) result.orgs.push({ row, names: parsed.data });
        else result.problems.push({ sheet: ORG_SHEET, row, message: parsed.error.issues[0].message });
      }
  }

  if (staffSheet) {
    const columns = columnsOf(staffSheet, STAFF_HEADERS, ['employeeNo', 'name', 'org', 'postType']);
    if (Array.isArray(columns)) result.problems.push({ sheet: STAFF_SHEET, row: 1, message: `第一行缺少列：${columns.join('、')}` });
    else
      for (const { row, read } of dataRows(staffSheet, columns)) {
        const input = { employeeNo: read('employeeNo'), name: read('name'), org: read('org'), postType: read('postType'), phone: read('phone').replace(/[\s]/g, ''), email: read('email').toLowerCase() };
        const parsed = directoryStaffSchema.safeParse(input);
        if (parsed.success) result.staff.push({ row, person: parsed.data });
        else result.problems.push({ sheet: STAFF_SHEET, row, message: parsed.error.issues.map((issue) => issue.message).join('；') });
      }
  }
  return result;
}
