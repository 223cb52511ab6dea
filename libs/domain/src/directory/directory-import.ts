import { z } from 'zod';
import { PHONE_PATTERN } from '../plans/patterns';
import { POST_TYPE_LABELS, POST_TYPES, type PostType } from '../staff/post-types';

/**
 * A deployment's org tree and staff, as an operator imports them from a
 * workbook (sheet 机构: one org per row by its path of names from the root;
 * sheet 人员: one person per row). Column lengths are the tables'.
 */
export const ORG_NAME_MAX = 100;
export const EMPLOYEE_NO_MAX = 32;
export const STAFF_NAME_MAX = 64;
export const STAFF_PHONE_MAX = 32;
export const STAFF_EMAIL_MAX = 128;

/** `中国科学院/计算机网络信息中心/新媒体技术与应用发展部` (full-width slashes too) → its names, root first. */
export function orgPathNames(text: string): string[] {
  return text
    .split(/[/／]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

export const orgPathSchema = z
  .string()
  .transform(orgPathNames)
  .pipe(
    z
      .array(z.string().max(ORG_NAME_MAX, `机构名称不能超过 ${ORG_NAME_MAX} 个字`))
      .min(1, '缺少机构（从院到部门的名称，以“/”分隔）'),
  );

/** A post type by its label (科研岗) or its code (research). */
const postTypeSchema = z.string().transform((text, ctx): PostType => {
  const trimmed = text.trim();
  const found = POST_TYPES.find((type) => type === trimmed.toLowerCase() || POST_TYPE_LABELS[type]['zh-CN'] === trimmed);
  if (found) return found;
  ctx.addIssue({ code: 'custom', message: `岗位类型“${trimmed}”应为 ${POST_TYPES.map((t) => POST_TYPE_LABELS[t]['zh-CN']).join('、')} 之一` });
  return z.NEVER;
});

const optional = (schema: z.ZodType<string, string>) => z.union([z.literal(''), schema]).transform((value) => value || null);

export const directoryStaffSchema = z.object({
  employeeNo: z.string().trim().min(1, '缺少工号').max(EMPLOYEE_NO_MAX, `工号不能超过 ${EMPLOYEE_NO_MAX} 个字符`),
  name: z.string().trim().min(1, '缺少姓名').max(STAFF_NAME_MAX, `姓名不能超过 ${STAFF_NAME_MAX} 个字`),
  org: orgPathSchema,
  postType: postTypeSchema,
  phone: optional(z.string().max(STAFF_PHONE_MAX).regex(PHONE_PATTERN, '手机号码格式不正确')),
  email: optional(z.email('邮箱格式不正确').max(STAFF_EMAIL_MAX, `邮箱不能超过 ${STAFF_EMAIL_MAX} 个字符`)),
});
export type DirectoryStaff = z.output<typeof directoryStaffSchema>;

/** A row of the workbook that cannot be imported, and why (the operator's console speaks Chinese, as the sheet does). */
export interface DirectoryProblem {
  sheet: string;
  row: number;
  message: string;
}
