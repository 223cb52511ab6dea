import type { Messages } from '@casmooc/ui';

export const publicClassesMessages = {
  'zh-CN': {
    'public.title': '对外公开的培训',
    'public.hint': '以下培训对外公开，无需登录即可查看。报名请登录后在“可报名培训”中进行。',
    'public.search': '搜索培训名称',
    'public.empty': '暂无对外公开的培训',
    'public.total': '共 {total} 个培训',
    'public.loadFailed': '加载失败：{message}',
    'public.retry': '重试',
  },
  'en-US': {
    'public.title': 'Classes open to the public',
    'public.hint': 'These classes are open to the public and can be seen without signing in. To register, sign in and use "Open for registration".',
    'public.search': 'Search by class name',
    'public.empty': 'No classes are open to the public',
    'public.total': '{total} in all',
    'public.loadFailed': 'Could not load: {message}',
    'public.retry': 'Retry',
  },
} satisfies Messages;
