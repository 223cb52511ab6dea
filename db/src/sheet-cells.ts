import type ExcelJS from 'exceljs';

/** The text a person sees in a cell; a formula is read as its text, never evaluated. */
export function cellText(value: ExcelJS.CellValue): string {
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

/** A header cell's text as it is compared: lower case, without spaces, asterisks or colons. */
export function headerKey(value: ExcelJS.CellValue): string {
  return cellText(value).trim().toLowerCase().replace(/[\s*:：]/g, '');
}
