import type { Label, Locale } from '../i18n/locale';

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
  };
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  return ERROR_MESSAGES[code][locale];
}
