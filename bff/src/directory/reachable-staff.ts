import type { Locale } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { ApiError } from '../http/api-error';
import type { DirectoryRepository, StaffWithPath } from './repository';

const OUT_OF_SCOPE: Record<Locale, (n: number) => string> = {
  'zh-CN': (n) => `有 ${n} 人不存在或不在您的管理范围内`,
  'en-US': (n) => `${n} of them do not exist or are outside your organisation`,
};

/**
 * The people a picker chose, each inside the actor's subtree; otherwise a
 * 400 on `staffIds` saying how many are not, and nothing is used.
 */
export async function reachableStaff(directory: DirectoryRepository, actor: Actor, staffIds: readonly number[], locale: Locale): Promise<StaffWithPath[]> {
  const wanted = [...new Set(staffIds)];
  const reachable = (await directory.byIds(wanted)).filter((s) => actor.reaches(s.orgPath));
  if (reachable.length < wanted.length) {
    throw new ApiError(400, 'VALIDATION_FAILED', { staffIds: OUT_OF_SCOPE[locale](wanted.length - reachable.length) });
  }
  return reachable;
}
