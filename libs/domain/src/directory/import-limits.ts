/** An institute has up to ~3 000 staff: one sheet of all of them must fit. */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_MEGABYTES = 2;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024 * 1024;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What an import's archive may unpack to: a sheet of the row limit is a few MB; a million-row "zip bomb" is hundreds. */
export const MAX_IMPORT_UNZIPPED_BYTES = 40 * 1024 * 1024;

/**
 * Whether a file's name says it is an .xlsx workbook, the one kind the
 * import reads (.xls, .csv and the rest are told to save as .xlsx).
 */
export function isXlsxFileName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}
