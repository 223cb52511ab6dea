import type { Locale } from '@casmooc/domain';
import type { AreaIntroText } from '@casmooc/ui';

/** What this area will hold, until its features arrive. */
export const templatesIntro: Record<Locale, AreaIntroText> = {
  'zh-CN': {
    title: "计划模板",
    description: "把常用的计划保存为模板，共享给下级机构，并由模板或已有计划快速生成新计划。",
    statusLabel: "建设中",
    featuresTitle: "本模块将提供",
    features: [
      "模板列表：按模板名称查询与重置，新建、编辑、删除与批量删除",
      "共享模板给下级机构（只读）",
      "直接引用计划、信息合成新计划、生成计划模板",
      "由模板新建计划，年度与培训时间按计划类型自动填写",
    ],
  },
  'en-US': {
    title: "Plan templates",
    description: "Save plans you use often as templates, share them with subordinate organisations, and start new plans from a template or an existing plan.",
    statusLabel: "Coming soon",
    featuresTitle: "This area will provide",
    features: [
      "The template list: search by name and reset, create, edit, delete and batch delete",
      "Sharing templates with subordinate organisations (read-only to them)",
      "Copy a plan, merge a plan with a template into a new plan, save a plan as a template",
      "New plans from a template, with year and month following the plan type",
    ],
  },
};
