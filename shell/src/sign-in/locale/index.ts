import type { Messages } from '@casmooc/ui';

export const loginMessages = {
  'zh-CN': {
    'login.title': '登录',
    'login.publicClasses': '查看对外公开的培训',
    'login.welcome': '培训计划的编制、上报、审批、发布与实施，一站完成。',
    'login.username': '用户名',
    'login.username.placeholder': '请输入用户名',
    'login.username.required': '请输入用户名',
    'login.password': '密码',
    'login.password.placeholder': '请输入密码',
    'login.password.required': '请输入密码',
    'login.submit': '登录',
    'login.footer': '中国科学院人事局 · 继续教育网',
  },
  'en-US': {
    'login.title': 'Sign in',
    'login.publicClasses': 'See the classes open to the public',
    'login.welcome': 'Plan, report, approve, publish and run training, all in one place.',
    'login.username': 'Username',
    'login.username.placeholder': 'Enter your username',
    'login.username.required': 'Please enter your username',
    'login.password': 'Password',
    'login.password.placeholder': 'Enter your password',
    'login.password.required': 'Please enter your password',
    'login.submit': 'Sign in',
    'login.footer': 'CAS Bureau of Personnel · Continuing Education',
  },
} satisfies Messages;
