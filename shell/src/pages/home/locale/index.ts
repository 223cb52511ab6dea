import type { Messages } from '@casmooc/ui';

export const homeMessages = {
  'zh-CN': {
    'home.greeting': '您好，{name}',
    'home.intro': '欢迎使用培训计划管理平台。以下是您的角色及可使用的功能。',
    'home.roles': '我的角色',
    'home.role.org': '所在机构',
    'home.areas': '功能入口',
    'home.open': '进入',
  },
  'en-US': {
    'home.greeting': 'Hello, {name}',
    'home.intro': 'Welcome to the training plan portal. Your roles and the areas you can use are below.',
    'home.roles': 'My roles',
    'home.role.org': 'Organisation',
    'home.areas': 'Areas',
    'home.open': 'Open',
  },
} satisfies Messages;
