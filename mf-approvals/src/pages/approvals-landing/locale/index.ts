import type { Locale } from '@casmooc/domain';
import type { AreaIntroText } from '@casmooc/ui';

/** What this area will hold, until its features arrive. */
export const approvalsIntro: Record<Locale, AreaIntroText> = {
  'zh-CN': {
    title: "审批",
    description: "审批下级机构上报的培训计划与培训项目，审批结果实时推送给相关人员。",
    statusLabel: "建设中",
    featuresTitle: "本模块将提供",
    features: [
      "待我审批与我已审批，按下级机构、类型、年度与资助程度筛选，并显示各机构数量",
      "审批通过、驳回修改、审批未通过，附审批意见；资助计划可选择“审批通过但不支持”或“同意支持并上报”",
      "审批链与审批历史时间线，驳回后重新提交的差异对比",
      "批量审批，以及审批状态的实时更新",
    ],
  },
  'en-US': {
    title: "Approvals",
    description: "Decide on the plans and classes your subordinate organisations submit; every decision reaches those concerned live.",
    statusLabel: "Coming soon",
    featuresTitle: "This area will provide",
    features: [
      "Pending and processed lists, filtered by organisation, type, year and funding level, with counts per organisation",
      "Approve, return for revision or reject with a comment; for funded plans, approve without funding or support and forward",
      "The approval chain and history timeline, and the differences of a resubmitted plan",
      "Batch approval and live status updates",
    ],
  },
};
