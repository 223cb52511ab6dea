import type { Label } from '../i18n/locale';

export const POST_TYPES = ['research', 'management', 'support'] as const;
export type PostType = (typeof POST_TYPES)[number];

export const POST_TYPE_LABELS: Record<PostType, Label> = {
  research: { 'zh-CN': '科研岗', 'en-US': 'Research' },
  management: { 'zh-CN': '管理岗', 'en-US': 'Management' },
  support: { 'zh-CN': '支撑岗', 'en-US': 'Support' },
};
