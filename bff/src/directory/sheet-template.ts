import ExcelJS from 'exceljs';
import type { Locale } from '@casmooc/domain';

const TEXTS = {
  'zh-CN': {
    sheet: '人员导入',
    headers: ['姓名', '工号', '手机', '邮箱'],
    help: '填写说明',
    lines: [
      '每行一人，从第 2 行开始填写；请勿修改第 1 行表头。',
      '“姓名”必填；“工号”“手机”“邮箱”至少填写一项，优先按工号匹配。',
      '仅填写姓名时，只有在您管理范围内唯一的姓名才能匹配。',
      '导入前会逐行显示匹配结果（已匹配、未匹配、重名、重复、超出范围），确认后才会添加。',
      '每次最多 5000 行，文件不超过 2 MB。',
    ],
  },
  'en-US': {
    sheet: 'People',
    headers: ['姓名', '工号', '手机', '邮箱'],
    help: 'How to fill in',
    lines: [
      'One person per row from row 2; keep the header row (姓名 name, 工号 employee no., 手机 phone, 邮箱 email) as it is.',
      'Name is required, and at least one of employee no., phone or email; the employee no. is tried first.',
      'A name alone matches only when it is unique in your organisation.',
      'Each row is shown with its result (matched, unmatched, same name, duplicate, out of scope) before anything is added.',
      'At most 5000 rows and 2 MB per file.',
    ],
  },
} satisfies Record<Locale, unknown>;

/** The downloadable import template: the header row, text-formatted key columns, and instructions. */
export async function importTemplate(locale: Locale): Promise<Buffer> {
  const texts = TEXTS[locale];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(texts.sheet);
  sheet.columns = texts.headers.map((header, i) => ({
    header,
    width: [14, 14, 16, 28][i],
    // Text, so that leading zeros of numbers and phones survive.
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = workbook.addWorksheet(texts.help);
  help.getColumn(1).width = 100;
  texts.lines.forEach((line, i) => (help.getCell(i + 1, 1).value = `${i + 1}. ${line}`));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
