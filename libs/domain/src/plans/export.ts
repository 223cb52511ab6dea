import { STEP_STATE_LABELS } from '../approvals/types';
import type { Locale } from '../i18n/locale';
import { APPROVAL_STATE_LABELS, IMPLEMENTATION_LABELS, PUBLISH_LABELS, REVOCATION_LABELS } from './enums';
import type { PlanDto } from './dto';
import { PLAN_FIELD_LABELS, planFieldText } from './fields';
import type { PlanInput } from './schemas';

/**
 * P-14: a cell a spreadsheet would run as a formula (text starting with
 * = + - @, or a tab or carriage return before one) is written as text, with
 * a leading apostrophe.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** P-14: funded plans first, in the institute's rank order (unranked ones after the ranked), then the rest by month. */
export function compareForExport(a: ExportablePlan, b: ExportablePlan): number {
  if (a.fundingRequested !== b.fundingRequested) return a.fundingRequested ? -1 : 1;
  if (a.fundingRequested && a.fundingRank !== b.fundingRank) return (a.fundingRank ?? Infinity) - (b.fundingRank ?? Infinity);
  return a.month.localeCompare(b.month) || a.id - b.id;
}

/** A plan as the export reads it: what the API sends, less the actions. */
export type ExportedPlan = Omit<PlanDto, 'actions'>;

export type ExportablePlan = Pick<PlanDto, 'id' | 'month' | 'fundingRequested' | 'fundingRank'>;

/** Fields written as numbers, summed in the totals row. */
export const EXPORT_SUMMED: ReadonlyArray<keyof PlanInput> = ['hours', 'days', 'headcount', 'budget'];

const FIELDS: ReadonlyArray<keyof PlanInput> = [
  'orgId', 'name', 'kind', 'planType', 'category', 'month', 'hours', 'days', 'headcount', 'budget', 'organiser',
  'location', 'address', 'contactName', 'contactPhone', 'fundingRequested', 'quality', 'techSupport', 'materials',
];

const EXTRA_HEADERS = {
  index: { 'zh-CN': '序号', 'en-US': 'No.' },
  rank: { 'zh-CN': '资助排序', 'en-US': 'Funding rank' },
  approval: { 'zh-CN': '审批情况', 'en-US': 'Approval' },
  published: { 'zh-CN': '发布状态', 'en-US': 'Published' },
  implemented: { 'zh-CN': '实施情况', 'en-US': 'Implemented' },
  revoked: { 'zh-CN': '撤销情况', 'en-US': 'Revoked' },
};

/** One column of the export: its header and how a plan fills it. */
export interface ExportColumn {
  header: string;
  width: number;
  /** The field summed in the totals row, if any. */
  sums?: keyof PlanInput;
  value(plan: ExportedPlan, index: number): string | number;
}

const plainText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/** The export's columns in the caller's language: every field of the form, the rank and each state column. */
export function exportColumns(locale: Locale): ExportColumn[] {
  const field = (name: keyof PlanInput): ExportColumn => ({
    header: PLAN_FIELD_LABELS[name][locale],
    width: name === 'name' || name === 'materials' ? 36 : name === 'orgId' || name === 'organiser' || name === 'address' ? 24 : 12,
    ...(EXPORT_SUMMED.includes(name) && { sums: name }),
    value: (plan) => {
      if (name === 'orgId') return plan.orgName;
      if (EXPORT_SUMMED.includes(name)) return plan[name] as number;
      if (name === 'materials') return neutraliseCell(plainText(plan.materials));
      return neutraliseCell(planFieldText(name, plan[name], locale));
    },
  });
  const chain = (plan: ExportedPlan) =>
    plan.chain.length ? plan.chain.map((s) => `${s.orgName}(${STEP_STATE_LABELS[s.state][locale]})`).join(' ') : APPROVAL_STATE_LABELS[plan.approval][locale];
  return [
    { header: EXTRA_HEADERS.index[locale], width: 6, value: (_, i) => i + 1 },
    ...FIELDS.slice(0, 16).map(field),
    { header: EXTRA_HEADERS.rank[locale], width: 10, value: (plan) => plan.fundingRank ?? '' },
    ...FIELDS.slice(16).map(field),
    { header: EXTRA_HEADERS.approval[locale], width: 36, value: (plan) => neutraliseCell(chain(plan)) },
    { header: EXTRA_HEADERS.published[locale], width: 10, value: (plan) => PUBLISH_LABELS[plan.published ? 'published' : 'unpublished'][locale] },
    { header: EXTRA_HEADERS.implemented[locale], width: 10, value: (plan) => IMPLEMENTATION_LABELS[plan.implemented ? 'implemented' : 'not_implemented'][locale] },
    { header: EXTRA_HEADERS.revoked[locale], width: 10, value: (plan) => REVOCATION_LABELS[plan.revoked ? 'revoked' : 'active'][locale] },
  ];
}
