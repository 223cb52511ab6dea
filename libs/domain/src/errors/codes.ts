import type { Label, Locale } from '../i18n/locale';
import { MAX_IMPORT_MEGABYTES, MAX_IMPORT_ROWS } from '../directory/import-limits';
import { ATTACHMENT_EXTENSIONS, MAX_ATTACHMENT_MEGABYTES, MAX_ATTACHMENTS } from '../attachments/types';

/** Stable error codes: clients branch on these, never on messages. */
export const ERROR_MESSAGES = {
  VALIDATION_FAILED: { 'zh-CN': '提交的数据有误，请检查标出的字段', 'en-US': 'Some fields are invalid' },
  MALFORMED_JSON: { 'zh-CN': '请求体不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { 'zh-CN': '请求体须为 JSON', 'en-US': 'The request body must be JSON' },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '请求体过大', 'en-US': 'The request body is too large' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', 'en-US': 'Please sign in first' },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误', 'en-US': 'Wrong username or password' },
  TOO_MANY_REQUESTS: { 'zh-CN': '尝试次数过多，请稍后再试', 'en-US': 'Too many attempts, please try again later' },
  CSRF_FAILED: { 'zh-CN': '页面已过期，请刷新后重试', 'en-US': 'The page has expired, please reload and retry' },
  FORBIDDEN: { 'zh-CN': '您没有权限执行此操作', 'en-US': 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '请求的资源不存在', 'en-US': 'Not found' },
  CONFLICT: { 'zh-CN': '数据已被他人修改，请刷新后重试', 'en-US': 'Someone else changed this, please reload' },
  NOT_ALLOWED: { 'zh-CN': '当前状态下不能执行此操作', 'en-US': 'This cannot be done in the current state' },
  IMPORT_TOO_LARGE: {
    'zh-CN': `文件超过 ${MAX_IMPORT_MEGABYTES} MB，请拆分后分批导入`,
    'en-US': `The file is larger than ${MAX_IMPORT_MEGABYTES} MB: split it and import in parts`,
  },
  IMPORT_TOO_MANY_ROWS: {
    'zh-CN': `每次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分后分批导入`,
    'en-US': `At most ${MAX_IMPORT_ROWS} rows per import: split the sheet and import in parts`,
  },
  IMPORT_NOT_XLSX: { 'zh-CN': '请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）', 'en-US': 'Please upload an .xlsx Excel file (download the template first)' },
  IMPORT_CORRUPT: { 'zh-CN': '文件已损坏或无法读取，请用 Excel 重新保存后再试', 'en-US': 'The file is damaged or unreadable: save it again in Excel and retry' },
  IMPORT_EMPTY: { 'zh-CN': '表格中没有可导入的数据行', 'en-US': 'The sheet has no rows to import' },
  IMPORT_NO_HEADER: { 'zh-CN': '未找到表头：第一行应包含“姓名”列，以及“工号”“手机”“邮箱”中的至少一列', 'en-US': 'No header row: the first row needs a “姓名” (name) column and one of 工号, 手机, 邮箱' },
  ATTACHMENT_TYPE: {
    'zh-CN': `附件须为 ${ATTACHMENT_EXTENSIONS.join('、')} 文件，且内容与扩展名一致`,
    'en-US': `Attachments must be ${ATTACHMENT_EXTENSIONS.join(', ')} files whose content matches their name`,
  },
  ATTACHMENT_TOO_LARGE: { 'zh-CN': `附件不能超过 ${MAX_ATTACHMENT_MEGABYTES} MB`, 'en-US': `An attachment may be at most ${MAX_ATTACHMENT_MEGABYTES} MB` },
  ATTACHMENT_LIMIT: { 'zh-CN': `每个计划最多 ${MAX_ATTACHMENTS} 个附件`, 'en-US': `A plan may have at most ${MAX_ATTACHMENTS} attachments` },
  EVIDENCE_LIMIT: { 'zh-CN': `每条学时记录最多 ${MAX_ATTACHMENTS} 份证明材料`, 'en-US': `An entry may carry at most ${MAX_ATTACHMENTS} pieces of evidence` },
  NOTICE_ATTACHMENT_LIMIT: { 'zh-CN': `每条通知最多 ${MAX_ATTACHMENTS} 个附件`, 'en-US': `A notice may have at most ${MAX_ATTACHMENTS} attachments` },
  BAD_REQUEST: { 'zh-CN': '请求地址有误', 'en-US': 'The request address is malformed' },
  SERVICE_UNAVAILABLE: { 'zh-CN': '服务暂时不可用，请稍后再试', 'en-US': 'The service is unavailable right now, please try again shortly' },
  INTERNAL: { 'zh-CN': '服务器内部错误，请稍后再试', 'en-US': 'Internal server error, please try again later' },
} satisfies Record<string, Label>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The one error shape of the API: `{ error: { code, message, fields? } }`. */
export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field path (dot-joined) → what is wrong with it. */
    fields?: Record<string, string>;
    /** The SPEC rule that refused the request (NOT_ALLOWED), e.g. "P-4". */
    rule?: string;
  };
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return ERROR_MESSAGES[code][locale];
}
