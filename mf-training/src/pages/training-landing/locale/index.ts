import type { Locale } from '@casmooc/domain';
import type { AreaIntroText } from '@casmooc/ui';

/** What this area will hold, until its features arrive. */
export const trainingIntro: Record<Locale, AreaIntroText> = {
  'zh-CN': {
    title: "培训实施",
    description: "由已发布的项目计划生成培训班，组织报名与通知，记录实际参会人员并确认学时。",
    statusLabel: "建设中",
    featuresTitle: "本模块将提供",
    features: [
      "培训班管理：培训名称、方式、时间、学时、天数、各岗位人数、主办单位与联系人",
      "报名与证书：公开范围、是否允许报名、报名审批与报名时间",
      "培训通知：选择人员发送通知并查看阅读情况",
      "实际参会人员：从部门、通讯录或 Excel 导入添加，勾选学员并确认学时",
      "培训项目报表：计划与实际人数、已确认学时、报名与通知阅读",
    ],
  },
  'en-US': {
    title: "Training classes",
    description: "Turn published project plans into classes, run registration and notices, record attendance and confirm credit hours.",
    statusLabel: "Coming soon",
    featuresTitle: "This area will provide",
    features: [
      "Class management: name, mode, dates, hours, days, headcount by post type, organiser and contact",
      "Registration and certificates: visibility, registration window and approval",
      "Notices to chosen people, with who has read them",
      "Attendance: add people from departments, the address book or an Excel sheet, tick attendees and confirm hours",
      "Class report: planned versus actual headcount, confirmed hours, registrations and notice reads",
    ],
  },
};
