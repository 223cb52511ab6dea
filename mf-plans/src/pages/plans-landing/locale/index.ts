import type { Locale } from '@casmooc/domain';
import type { AreaIntroText } from '@casmooc/ui';

/** What this area will hold, until its features arrive. */
export const plansIntro: Record<Locale, AreaIntroText> = {
  'zh-CN': {
    title: "培训计划",
    description: "编制本机构的年度计划与新增计划，逐级上报审批，发布后实施，并实时查看计划实施率。",
    statusLabel: "建设中",
    featuresTitle: "本模块将提供",
    features: [
      "本机构计划列表：序号、计划类型、计划名称、培训时间、主办单位、发布状态、审批情况、实施情况、撤销情况与操作",
      "新增与编辑计划：项目计划 / 其他计划，年度计划 / 新增计划，经费资助、精品与专项技术支持",
      "暂存与提交，提交时生成审批链；发布、取消发布、实施、撤销与关闭未实施计划",
      "下级机构计划、资助计划筛选（拖动排序）与年度计划导出（xlsx）",
      "计划实施率概览：按机构、按培训类别下钻，实时更新",
    ],
  },
  'en-US': {
    title: "Training plans",
    description: "Draft your organisation's annual and added plans, send them up for approval, publish and implement them, and watch the implementation rate live.",
    statusLabel: "Coming soon",
    featuresTitle: "This area will provide",
    features: [
      "The plan list with type, name, month, organiser, publish, approval, implementation and revocation states",
      "Creating and editing plans: project or other plans, annual or added plans, funding, quality and technical support",
      "Save as draft or submit (which computes the approval chain); publish, unpublish, implement, revoke, close unimplemented plans",
      "Subordinate plans, ranking of funded plans (drag to order) and the annual export (xlsx)",
      "Implementation rate overview with drill-down by organisation and category, updated live",
    ],
  },
};
