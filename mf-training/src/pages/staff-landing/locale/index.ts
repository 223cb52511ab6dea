import type { Locale } from '@casmooc/domain';
import type { AreaIntroText } from '@casmooc/ui';

/** What this area will hold for staff (报名, 通知, 学时), until those features arrive; managers see the classes. */
export const staffTrainingIntro: Record<Locale, AreaIntroText> = {
  'zh-CN': {
    title: '培训实施',
    description: '职工在这里报名参加培训、查看培训通知和自己已确认的学时。',
    statusLabel: '建设中',
    featuresTitle: '本模块将提供',
    features: ['报名参加向您公开的培训班（在报名时间内；需审批的由培训班管理员审核）', '查看发给您的培训通知', '查看您已确认的学时（继续教育记录）'],
  },
  'en-US': {
    title: 'Training classes',
    description: 'Staff register for classes here, read the notices sent to them and see their confirmed credit hours.',
    statusLabel: 'Coming soon',
    featuresTitle: 'This area will provide',
    features: ['Registration for the classes open to you (within the registration window; approved by the class manager where required)', 'The notices sent to you', 'Your confirmed credit hours (continuing-education record)'],
  },
};
