import { z } from 'zod';
import type { Role, RoleGrant } from './roles';
import type { Locale } from '../i18n/locale';
import type { StaffSummary } from '../directory/types';

/**
 * A username as the login reads it: full-width forms folded (ｓｔａｆｆ),
 * spaces and tabs around it dropped, lower case. The login and its rate
 * limit both read it so, or a respelling would buy fresh attempts.
 */
export function normaliseUsername(raw: string): string {
  return raw.normalize('NFKC').trim().toLowerCase();
}

export const loginSchema = z.strictObject({
  username: z.string().max(200).transform(normaliseUsername).pipe(z.string().min(1).max(64)),
  password: z.string().min(1).max(128),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const preferencesSchema = z.strictObject({
  locale: z.enum(['zh-CN', 'en-US']),
});

/** What `GET /api/me` and a successful login return. */
export interface Me {
  id: number;
  username: string;
  displayName: string;
  locale: Locale;
  /** The directory record this user is (their department and post type), or null for an account that is no staff member. */
  staff: StaffSummary | null;
  roles: RoleGrant[];
  /** Whether an org the user manages has orgs below it: only then do 下级机构计划 and 所属机构 mean anything to them. */
  managesOrgsBelow: boolean;
  /** Echo in the `x-csrf-token` header on every write. */
  csrfToken: string;
}

export type { Role };
